package org.liaison.plan.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.plan.AssessmentData;
import org.liaison.plan.AssessmentSummary;
import org.liaison.plan.ImportResult;
import org.liaison.plan.NodeData;
import org.liaison.plan.NodeSummary;
import org.liaison.plan.PartnerProgress;
import org.liaison.plan.PlanComparison;
import org.liaison.plan.PlanData;
import org.liaison.plan.PlanDetails;
import org.liaison.plan.PlanAssessmentService;
import org.liaison.plan.PlanMove;
import org.liaison.plan.PlanProgressService;
import org.liaison.plan.PlanService;
import org.liaison.plan.PlanTreeService;
import org.liaison.plan.PlanSummary;
import org.liaison.plan.ProgressSummary;
import org.liaison.plan.RoundData;
import org.liaison.plan.RoundSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.web.IfMatch;
import org.liaison.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the plan module. Changes to a plan, a node or an assessment name the
 * version they are based on in {@code If-Match}; a node's and an assessment's ETag is
 * their own version.
 */
@RestController
@RequestMapping("/api/v1")
record PlanApiController(PlanService plans, PlanTreeService tree, PlanAssessmentService assessments,
		PlanProgressService progress) {

	@GetMapping("/partners/{code}/plans")
	PageOf<PlanSummary> plans(@PathVariable NationCode code, PageOf.Request page, Audience audience) {
		return plans.plans(code, audience, page);
	}

	@PostMapping("/partners/{code}/plans")
	ResponseEntity<PlanSummary> add(@PathVariable NationCode code, @Valid @RequestBody PlanData data) {
		return Versions.created(plans.add(code, data), plan -> "/api/v1/plans/" + plan.id());
	}

	@GetMapping("/plans/{id}")
	ResponseEntity<PlanDetails> plan(@PathVariable UUID id, PageOf.Request page, Audience audience) {
		PlanDetails details = progress.details(id, audience, page);
		return Versions.ok(details, details.plan().version());
	}

	@PutMapping("/plans/{id}")
	ResponseEntity<PlanSummary> revise(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody PlanData data) {
		return Versions.ok(plans.revise(id, version, data));
	}

	@DeleteMapping("/plans/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @IfMatch long version) {
		plans.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/moves/{move}")
	ResponseEntity<PlanSummary> move(@PathVariable UUID id, @PathVariable("move") String slug, @IfMatch long version) {
		PlanMove move = LifecycleMove.fromSlug(PlanMove.class, slug)
			.orElseThrow(() -> new RecordNotFoundException("action", slug));
		return Versions.ok(plans.move(id, version, move));
	}

	@PostMapping("/plans/{id}/nodes")
	ResponseEntity<NodeSummary> addNode(@PathVariable UUID id, @Valid @RequestBody NodeData data) {
		return Versions.created(tree.addNode(id, data), node -> "/api/v1/nodes/" + node.id());
	}

	@GetMapping("/nodes/{id}")
	ResponseEntity<NodeSummary> node(@PathVariable UUID id, Audience audience) {
		return Versions.ok(tree.node(id, audience));
	}

	@PutMapping("/nodes/{id}")
	ResponseEntity<NodeSummary> reviseNode(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody NodeData data) {
		return Versions.ok(tree.reviseNode(id, version, data));
	}

	/**
	 * Where a node moves: its new parent's code (none: the top) and its place among the
	 * siblings.
	 */
	record NodeMove(@Nullable String parent, int position) {
	}

	@PostMapping("/nodes/{id}/move")
	ResponseEntity<NodeSummary> moveNode(@PathVariable UUID id, @IfMatch long version, @RequestBody NodeMove move) {
		return Versions.ok(tree.moveNode(id, version, move.parent(), move.position()));
	}

	@DeleteMapping("/nodes/{id}")
	ResponseEntity<Void> deleteNode(@PathVariable UUID id, @IfMatch long version) {
		tree.deleteNode(id, version);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/nodes/{id}/assessments")
	ResponseEntity<AssessmentSummary> assess(@PathVariable UUID id, @Valid @RequestBody AssessmentData data,
			Audience audience) {
		return Versions.created(assessments.addAssessment(id, data, audience),
				assessment -> "/api/v1/assessments/" + assessment.id());
	}

	@GetMapping("/assessments/{id}")
	ResponseEntity<AssessmentSummary> assessment(@PathVariable UUID id, Audience audience) {
		return Versions.ok(assessments.assessment(id, audience));
	}

	@PutMapping("/assessments/{id}")
	ResponseEntity<AssessmentSummary> reviseAssessment(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody AssessmentData data, Audience audience) {
		return Versions.ok(assessments.reviseAssessment(id, version, data, audience));
	}

	@DeleteMapping("/assessments/{id}")
	ResponseEntity<Void> deleteAssessment(@PathVariable UUID id, @IfMatch long version, Audience audience) {
		assessments.deleteAssessment(id, version, audience);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/assessment-rounds")
	ResponseEntity<RoundSummary> openRound(@PathVariable UUID id, @Valid @RequestBody RoundData data) {
		RoundSummary round = assessments.openRound(id, data);
		return Versions.created("/api/v1/assessment-rounds/" + round.id(), round);
	}

	@PostMapping("/assessment-rounds/{id}/approve")
	RoundSummary approveRound(@PathVariable UUID id) {
		return assessments.approveRound(id);
	}

	@GetMapping("/partners/{code}/progress")
	ProgressSummary progress(@PathVariable NationCode code, Audience audience) {
		return progress.progress(code, audience);
	}

	@GetMapping("/progress")
	List<PartnerProgress> comparison(Audience audience) {
		return progress.comparison(audience);
	}

	@GetMapping("/plans/{id}/compare/{otherId}")
	PlanComparison compare(@PathVariable UUID id, @PathVariable UUID otherId, Audience audience) {
		return progress.compare(id, otherId, audience);
	}

	@PostMapping(value = "/plans/{id}/tree.csv", consumes = { "text/csv", "text/plain" })
	ImportResult importTree(@PathVariable UUID id, @RequestBody String csv) {
		return tree.importTree(id, csv);
	}

}
