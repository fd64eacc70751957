package org.liaison.plan.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.plan.AssessmentData;
import org.liaison.plan.AssessmentSummary;
import org.liaison.plan.NodeSummary;
import org.liaison.plan.PlanDetails;
import org.liaison.plan.PlanAssessmentService;
import org.liaison.plan.PlanProgressService;
import org.liaison.plan.PlanService;
import org.liaison.plan.PlanTreeService;
import org.liaison.plan.PlanSummary;
import org.liaison.plan.Rating;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.web.FormPage;
import org.liaison.web.FormSubmission;
import org.liaison.web.Htmx;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The forms that correct what the plan's page records: the plan itself, a node (its
 * fields, its place in the tree, its deletion) and an assessment. Like the plan's page
 * they carry the version they were opened on, show problems beside the fields, and leave
 * a stale version or a refused change to the page errors, which say why.
 */
@Controller
record PlanEditingController(PlanService plans, PlanTreeService tree, PlanAssessmentService assessments,
		PlanProgressService progress, PlanForms forms) {

	// The plan

	@GetMapping("/plans/{id}/edit")
	String editPlan(@PathVariable UUID id, Audience audience, Model model) {
		requireStaff(audience);
		PlanSummary plan = plans.plan(id, audience);
		return planForm(plan, plan.version()).show(model, PlanForms.of(plan));
	}

	@PostMapping("/plans/{id}/edit")
	String revisePlan(@PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> form,
			Audience audience, Model model) {
		PlanSummary plan = plans.plan(id, audience);
		// The status the plan has now: an edit never changes it, and a stale version is
		// refused anyway.
		return FormSubmission.attempt(problems -> forms.plan(form, plan.status(), problems), data -> {
			plans.revise(id, version, data);
			return "redirect:/plans/" + id;
		}, errors -> planForm(plan, version).show(model, form, errors));
	}

	private FormPage planForm(PlanSummary plan, long version) {
		return FormPage.of("plan/planForm").with("plan", plan).with("version", version).with("types", plans.types());
	}

	// A node

	@GetMapping("/nodes/{id}/edit")
	String editNode(@PathVariable UUID id, Audience audience, Model model) {
		requireStaff(audience);
		NodeSummary node = tree.node(id, audience);
		return nodeForm(node, node.version(), audience, "", placeOf(node)).show(model, PlanForms.of(node));
	}

	@PostMapping("/nodes/{id}/edit")
	String reviseNode(@PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> form,
			Audience audience, Model model) {
		NodeSummary node = tree.node(id, audience);
		// The node keeps its parent and place: moving it is the other form's work.
		return FormSubmission.attempt(problems -> forms.node(form, node.parent(), null, problems), data -> {
			NodeSummary revised = tree.reviseNode(id, version, data);
			return "redirect:/plans/" + revised.plan() + "#node-" + revised.code();
		}, errors -> nodeForm(node, version, audience, "edit", placeOf(node)).show(model, form, errors));
	}

	@PostMapping("/nodes/{id}/move")
	String moveNode(@PathVariable UUID id, @RequestParam long version, @RequestParam(defaultValue = "") String parent,
			@RequestParam(defaultValue = "") String position, Audience audience, Model model) {
		NodeSummary node = tree.node(id, audience);
		return FormSubmission.attempt(problems -> place(position, problems), place -> {
			NodeSummary moved;
			try {
				moved = tree.moveNode(id, version, parent, place);
			}
			catch (InvalidInputException ex) {
				// The tree's rules name the moved node's parent, which is this form's
				// select.
				throw new InvalidInputException(ex.problems()
					.stream()
					.map(p -> new Problem("position".equals(p.field()) ? "position" : "parent", p.message()))
					.toList());
			}
			return "redirect:/plans/" + moved.plan() + "#node-" + moved.code();
		}, errors -> nodeForm(node, version, audience, "move", Map.of("parent", parent, "position", position))
			.show(model, PlanForms.of(node), errors));
	}

	/**
	 * The place typed, counted from 0; empty: after its new siblings, where a node moved
	 * under another parent is looked for.
	 */
	private static int place(String position, List<Problem> problems) {
		if (position.isBlank()) {
			return Integer.MAX_VALUE;
		}
		try {
			int place = Integer.parseInt(position.strip());
			if (place < 0) {
				problems.add(new Problem("position", "A place is counted from 0"));
			}
			return place;
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem("position", "A place is a whole number from 0"));
			return Integer.MAX_VALUE;
		}
	}

	@PostMapping("/nodes/{id}/delete")
	String deleteNode(@PathVariable UUID id, @RequestParam long version, Audience audience,
			HttpServletRequest request) {
		NodeSummary node = tree.node(id, audience);
		tree.deleteNode(id, version);
		return Htmx.removedOrRedirect(request, "/plans/" + node.plan());
	}

	/**
	 * The node's page, with two forms: its fields ({@code form}) and its place
	 * ({@code move}).
	 * @param failed which of the page's forms the errors are for ({@code edit} or
	 * {@code move}); the other shows the node as it is
	 */
	private FormPage nodeForm(NodeSummary node, long version, Audience audience, String failed,
			Map<String, String> move) {
		PlanDetails details = progress.details(node.plan(), audience);
		return FormPage.of("plan/nodeForm")
			.with("plan", details.plan())
			.with("node", node)
			.with("version", version)
			.with("parents", possibleParents(details, node))
			.with("failed", failed)
			.with("move", move);
	}

	/** The move form's values for the node where it is. */
	private static Map<String, String> placeOf(NodeSummary node) {
		return Map.of("parent", node.parent() == null ? "" : node.parent(), "position",
				String.valueOf(node.position()));
	}

	/**
	 * The nodes the node may move under, by code, in the tree's order: none in its own
	 * subtree, and none so deep that its subtree would pass the plan type's last level.
	 * The service checks the same rules again; the list only spares a choice bound to be
	 * refused.
	 */
	static Map<String, String> possibleParents(PlanDetails details, NodeSummary node) {
		int levels = Math.max(1, details.type().levels().size());
		Map<String, @Nullable String> parentOf = new HashMap<>();
		details.nodes().forEach(n -> parentOf.put(n.code(), n.parent()));
		int height = 0;
		for (NodeSummary other : details.nodes()) {
			int below = depthUnder(other.code(), node.code(), parentOf);
			height = Math.max(height, below);
		}
		Map<String, String> parents = new LinkedHashMap<>();
		for (NodeSummary candidate : details.nodes()) {
			boolean inSubtree = depthUnder(candidate.code(), node.code(), parentOf) >= 0;
			if (!inSubtree && candidate.level() + 1 + height < levels) {
				parents.put(candidate.code(), candidate.code() + " " + candidate.title());
			}
		}
		return parents;
	}

	/**
	 * How many levels {@code code} lies below {@code ancestor} (0 for itself), or -1 when
	 * not under it.
	 */
	private static int depthUnder(String code, String ancestor, Map<String, @Nullable String> parentOf) {
		int depth = 0;
		String current = code;
		while (current != null && depth <= parentOf.size()) {
			if (current.equals(ancestor)) {
				return depth;
			}
			current = parentOf.get(current);
			depth++;
		}
		return -1;
	}

	// An assessment

	@GetMapping("/assessments/{id}/edit")
	String editAssessment(@PathVariable UUID id, Audience audience, Model model) {
		AssessmentSummary assessment = assessments.assessment(id, audience);
		PlanSummary plan = plans.plan(assessment.plan(), audience);
		assessments.checkMayChange(assessment, plan.partner(), audience);
		return assessmentForm(assessment, plan, assessment.version()).show(model, PlanForms.of(assessment));
	}

	@PostMapping("/assessments/{id}/edit")
	String reviseAssessment(@PathVariable UUID id, @RequestParam long version, @RequestParam Map<String, String> form,
			Audience audience, Model model) {
		AssessmentSummary assessment = assessments.assessment(id, audience);
		PlanSummary plan = plans.plan(assessment.plan(), audience);
		// A correction of the judgement: its source, round and cycle stay what they were
		// recorded as.
		return FormSubmission.attempt(problems -> {
			LocalDate on = PlanForms.day(form, "on", problems);
			Rating rating = PlanForms.rating(form, problems);
			AssessmentData data = new AssessmentData(assessment.nodeCode(), on, rating, form.get("narrative"),
					form.get("assessor"), assessment.source(), assessment.cycle(), assessment.round(),
					assessment.releasability(), assessment.illustrative());
			// Constraints of a date or rating that could not be read would only repeat
			// those problems.
			if (problems.isEmpty()) {
				forms.validate(data, problems);
			}
			return data;
		}, data -> {
			assessments.reviseAssessment(id, version, data, audience);
			// The plan's page shows its history a page at a time: the one that holds it.
			int page = progress.pageShowing(assessment, audience).page();
			return "redirect:/plans/" + plan.id() + (page == 0 ? "" : "?page=" + page) + "#assessment-" + id;
		}, errors -> assessmentForm(assessment, plan, version).show(model, form, errors));
	}

	@PostMapping("/assessments/{id}/delete")
	String deleteAssessment(@PathVariable UUID id, @RequestParam long version, Audience audience,
			HttpServletRequest request) {
		AssessmentSummary assessment = assessments.assessment(id, audience);
		assessments.deleteAssessment(id, version, audience);
		return Htmx.removedOrRedirect(request, "/plans/" + assessment.plan());
	}

	private static FormPage assessmentForm(AssessmentSummary assessment, PlanSummary plan, long version) {
		return FormPage.of("plan/assessmentForm")
			.with("assessment", assessment)
			.with("plan", plan)
			.with("version", version);
	}

	/**
	 * The plan's and the node's forms are for NATO staff, whose saves alone the page
	 * chain lets through; anyone else who opens one is refused as the save would be, not
	 * shown a form for nothing.
	 */
	private static void requireStaff(Audience audience) {
		if (!audience.isNatoStaff()) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only NATO staff change plans and their trees");
		}
	}

}
