package org.liaison.plan.web;

import java.net.URI;
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
import org.liaison.plan.PlanService;
import org.liaison.plan.PlanService.Move;
import org.liaison.plan.PlanSummary;
import org.liaison.plan.PlanTypeData;
import org.liaison.plan.PlanTypeSummary;
import org.liaison.plan.ProgressSummary;
import org.liaison.plan.RoundData;
import org.liaison.plan.RoundSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the plan module. Changes to a plan, a node or an assessment name the version they
 * are based on in {@code If-Match}; a node's and an assessment's ETag is their own version.
 */
@RestController
@RequestMapping("/api/v1")
class PlanApiController {

	private final PlanService plans;

	PlanApiController(PlanService plans) {
		this.plans = plans;
	}

	@GetMapping("/plan-types")
	List<PlanTypeSummary> types() {
		return plans.types();
	}

	@PostMapping("/plan-types")
	ResponseEntity<PlanTypeSummary> addType(@Valid @RequestBody PlanTypeData data) {
		return ResponseEntity.status(201).body(plans.addType(data));
	}

	@GetMapping("/partners/{code}/plans")
	PageOf<PlanSummary> plans(@PathVariable NationCode code, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, Audience audience) {
		return plans.plans(code, audience, new PageOf.Request(page, size));
	}

	@PostMapping("/partners/{code}/plans")
	ResponseEntity<PlanSummary> add(@PathVariable NationCode code, @Valid @RequestBody PlanData data) {
		PlanSummary plan = plans.add(code, data);
		return Versions.created("/api/v1/plans/" + plan.id(), plan, plan.version());
	}

	@GetMapping("/plans/{id}")
	ResponseEntity<PlanDetails> plan(@PathVariable UUID id, Audience audience) {
		PlanDetails details = plans.details(id, audience);
		return Versions.ok(details, details.plan().version());
	}

	@PutMapping("/plans/{id}")
	ResponseEntity<PlanSummary> revise(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody PlanData data) {
		PlanSummary plan = plans.revise(id, Versions.fromIfMatch(ifMatch), data);
		return Versions.ok(plan, plan.version());
	}

	@DeleteMapping("/plans/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
		plans.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/moves/{move}")
	ResponseEntity<PlanSummary> move(@PathVariable UUID id, @PathVariable("move") String slug,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		Move move = Move.fromSlug(slug).orElseThrow(() -> new RecordNotFoundException("action", slug));
		PlanSummary plan = plans.move(id, Versions.fromIfMatch(ifMatch), move);
		return Versions.ok(plan, plan.version());
	}

	@PostMapping("/plans/{id}/nodes")
	ResponseEntity<NodeSummary> addNode(@PathVariable UUID id, @Valid @RequestBody NodeData data) {
		NodeSummary node = plans.addNode(id, data);
		return Versions.created("/api/v1/nodes/" + node.id(), node, node.version());
	}

	@GetMapping("/nodes/{id}")
	ResponseEntity<NodeSummary> node(@PathVariable UUID id, Audience audience) {
		NodeSummary node = plans.node(id, audience);
		return Versions.ok(node, node.version());
	}

	@PutMapping("/nodes/{id}")
	ResponseEntity<NodeSummary> reviseNode(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody NodeData data) {
		NodeSummary node = plans.reviseNode(id, Versions.fromIfMatch(ifMatch), data);
		return Versions.ok(node, node.version());
	}

	/** Where a node moves: its new parent's code (none: the top) and its place among the siblings. */
	record NodeMove(@Nullable String parent, int position) {
	}

	@PostMapping("/nodes/{id}/move")
	ResponseEntity<NodeSummary> moveNode(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, @RequestBody NodeMove move) {
		NodeSummary node = plans.moveNode(id, Versions.fromIfMatch(ifMatch), move.parent(), move.position());
		return Versions.ok(node, node.version());
	}

	@DeleteMapping("/nodes/{id}")
	ResponseEntity<Void> deleteNode(@PathVariable UUID id, @RequestHeader(value = "If-Match", required = false) String ifMatch) {
		plans.deleteNode(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/nodes/{id}/assessments")
	ResponseEntity<AssessmentSummary> assess(@PathVariable UUID id, @Valid @RequestBody AssessmentData data,
			Audience audience) {
		AssessmentSummary assessment = plans.addAssessment(id, data, audience);
		return Versions.created("/api/v1/assessments/" + assessment.id(), assessment, assessment.version());
	}

	@GetMapping("/assessments/{id}")
	ResponseEntity<AssessmentSummary> assessment(@PathVariable UUID id, Audience audience) {
		AssessmentSummary assessment = plans.assessment(id, audience);
		return Versions.ok(assessment, assessment.version());
	}

	@PutMapping("/assessments/{id}")
	ResponseEntity<AssessmentSummary> reviseAssessment(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody AssessmentData data,
			Audience audience) {
		AssessmentSummary assessment = plans.reviseAssessment(id, Versions.fromIfMatch(ifMatch), data, audience);
		return Versions.ok(assessment, assessment.version());
	}

	@DeleteMapping("/assessments/{id}")
	ResponseEntity<Void> deleteAssessment(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, Audience audience) {
		plans.deleteAssessment(id, Versions.fromIfMatch(ifMatch), audience);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/plans/{id}/assessment-rounds")
	ResponseEntity<RoundSummary> openRound(@PathVariable UUID id, @Valid @RequestBody RoundData data) {
		RoundSummary round = plans.openRound(id, data);
		return ResponseEntity.created(URI.create("/api/v1/assessment-rounds/" + round.id())).body(round);
	}

	@PostMapping("/assessment-rounds/{id}/approve")
	RoundSummary approveRound(@PathVariable UUID id) {
		return plans.approveRound(id);
	}

	@GetMapping("/partners/{code}/progress")
	ProgressSummary progress(@PathVariable NationCode code, Audience audience) {
		return plans.progress(code, audience);
	}

	@GetMapping("/progress")
	List<PartnerProgress> comparison(Audience audience) {
		return plans.comparison(audience);
	}

	@GetMapping("/plans/{id}/compare/{otherId}")
	PlanComparison compare(@PathVariable UUID id, @PathVariable UUID otherId, Audience audience) {
		return plans.compare(id, otherId, audience);
	}

	@PostMapping(value = "/plans/{id}/tree.csv", consumes = { "text/csv", "text/plain" })
	ImportResult importTree(@PathVariable UUID id, @RequestBody String csv) {
		return plans.importTree(id, csv);
	}

}
