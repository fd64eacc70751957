package org.liaison.plan.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.PartnerService;
import org.liaison.plan.AssessmentData;
import org.liaison.plan.AssessmentSource;
import org.liaison.plan.AssessmentSummary;
import org.liaison.plan.NodeSummary;
import org.liaison.plan.PlanDetails;
import org.liaison.plan.PlanAssessmentService;
import org.liaison.plan.PlanMove;
import org.liaison.plan.PlanProgressService;
import org.liaison.plan.PlanService;
import org.liaison.plan.PlanTreeService;
import org.liaison.plan.PlanSummary;
import org.liaison.plan.ProgressSummary;
import org.liaison.plan.Rating;
import org.liaison.plan.RoundData;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.web.FormErrors;
import org.liaison.web.FormSubmission;
import org.liaison.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of the plan module: a partner's plans, a plan's tree (filters and expanded
 * subtrees as htmx fragments, plain {@code <details>} without JavaScript), its Gantt
 * chart, the comparison of two plans, the progress dashboard of a partner and across
 * partners, and the forms. Every form shows its problems beside the fields and changes
 * nothing until all are mended.
 */
@Controller
record PlanPageController(PlanService plans, PlanTreeService tree, PlanAssessmentService assessments,
		PlanProgressService progress, PartnerService partners, PlanForms forms) {

	@GetMapping("/partners/{code}/plans")
	String list(@PathVariable NationCode code, PageOf.Request page, Audience audience, Model model) {
		model.addAttribute("partner", code);
		model.addAttribute("partnerName", partners.nation(code).name());
		model.addAttribute("plans", plans.plans(code, audience, page));
		model.addAttribute("types", plans.types());
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("form", Map.of());
		return "plan/planList";
	}

	@PostMapping("/partners/{code}/plans")
	String add(@PathVariable NationCode code, @RequestParam Map<String, String> form, Audience audience, Model model) {
		return FormSubmission.attempt(problems -> forms.plan(form, null, problems),
				data -> "redirect:/plans/" + plans.add(code, data).id(), errors -> {
					list(code, new PageOf.Request(0, PageOf.DEFAULT_SIZE), audience, model);
					model.addAttribute("errors", errors);
					model.addAttribute("form", form);
					return "plan/planList";
				});
	}

	/**
	 * A plan by its natural key, as other records name it (a meeting's reviewed goals),
	 * optionally pointing at one node.
	 */
	@GetMapping("/partners/{code}/plans/{ref}")
	String byRef(@PathVariable NationCode code, @PathVariable String ref,
			@RequestParam(required = false) @Nullable String node, Audience audience) {
		PlanSummary plan = plans.plan(code, ref, audience);
		String anchor = node != null && node.matches("[A-Za-z0-9][A-Za-z0-9._-]*") ? "#node-" + node : "";
		return "redirect:/plans/" + plan.id() + anchor;
	}

	@GetMapping("/plans/{id}")
	String view(@PathVariable UUID id, @RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable Rating rating,
			@RequestParam(required = false) @Nullable String lead, PageOf.Request page, Audience audience, Model model,
			HttpServletRequest request) {
		PlanDetails details = progress.details(id, audience, page);
		model.addAttribute("details", details);
		model.addAttribute("shown", shown(details, area, rating, lead));
		model.addAttribute("area", area == null ? "" : area);
		model.addAttribute("rating", rating);
		model.addAttribute("lead", lead == null ? "" : lead);
		if (Htmx.isHtmx(request)) {
			return "plan/planTree";
		}
		return page(model, details, audience, "", FormErrors.none(), Map.of());
	}

	private String page(Model model, PlanDetails details, Audience audience, String failed, FormErrors errors,
			Map<String, String> form) {
		model.addAttribute("details", details);
		if (!model.containsAttribute("shown")) {
			model.addAttribute("shown", shown(details, null, null, null));
			model.addAttribute("area", "");
			model.addAttribute("rating", null);
			model.addAttribute("lead", "");
		}
		model.addAttribute("partnerName", partners.nation(details.plan().partner()).name());
		model.addAttribute("canAssess", audience.isNatoStaff()
				|| (audience.kind() == Audience.Kind.PARTNER && details.plan().partner().equals(audience.nation())));
		model.addAttribute("others",
				plans.allPlans(details.plan().partner(), audience)
					.stream()
					.filter(p -> !p.id().equals(details.plan().id()))
					.toList());
		model.addAttribute("changeable",
				details.assessments()
					.items()
					.stream()
					.filter(a -> assessments.mayChange(a, details.plan().partner(), audience))
					.map(AssessmentSummary::id)
					.collect(Collectors.toSet()));
		model.addAttribute("failed", failed);
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "plan/plan";
	}

	/**
	 * The codes to show: the nodes that pass the filters and their ancestors, so each
	 * stays in its place.
	 */
	static Set<String> shown(PlanDetails details, @Nullable String area, @Nullable Rating rating,
			@Nullable String lead) {
		Map<String, NodeSummary> byCode = new LinkedHashMap<>();
		details.nodes().forEach(n -> byCode.put(n.code(), n));
		Set<String> shown = new HashSet<>();
		for (NodeSummary node : details.nodes()) {
			boolean pass = (area == null || area.isBlank() || area.equalsIgnoreCase(String.valueOf(node.area())))
					&& (rating == null || rating == node.rating()) && (lead == null || lead.isBlank()
							|| (node.lead() != null && node.lead().toLowerCase().contains(lead.toLowerCase())));
			if (pass) {
				NodeSummary current = node;
				while (current != null && shown.add(current.code())) {
					current = current.parent() == null ? null : byCode.get(current.parent());
				}
			}
		}
		return shown;
	}

	@GetMapping("/plans/{id}/nodes/{code}/children")
	String children(@PathVariable UUID id, @PathVariable String code, Audience audience, Model model) {
		PlanDetails details = progress.details(id, audience);
		if (details.nodes().stream().noneMatch(n -> n.code().equals(code))) {
			throw new RecordNotFoundException("node", code);
		}
		model.addAttribute("details", details);
		model.addAttribute("shown", shown(details, null, null, null));
		model.addAttribute("parent", code);
		return "plan/planTreeChildren";
	}

	@GetMapping("/plans/{id}/gantt")
	String gantt(@PathVariable UUID id, Audience audience, Model model) {
		PlanDetails details = progress.details(id, audience);
		model.addAttribute("details", details);
		model.addAttribute("gantt", Gantt.of(details));
		return "plan/planGantt";
	}

	@GetMapping("/plans/{id}/compare")
	String compare(@PathVariable UUID id, @RequestParam UUID with, Audience audience, Model model) {
		model.addAttribute("comparison", progress.compare(id, with, audience));
		return "plan/planComparison";
	}

	@GetMapping("/partners/{code}/progress")
	String progress(@PathVariable NationCode code, Audience audience, Model model) {
		ProgressSummary summary = progress.progress(code, audience);
		model.addAttribute("partnerName", partners.nation(code).name());
		model.addAttribute("progress", summary);
		model.addAttribute("areaChart", Charts.ratingsPerArea(summary));
		model.addAttribute("cycleChart", Charts.achievedPerCycle(summary));
		return "plan/progress";
	}

	@GetMapping("/progress")
	String comparison(Audience audience, Model model) {
		model.addAttribute("partners", progress.comparison(audience));
		return "plan/progressComparison";
	}

	// Forms on the plan's page

	@PostMapping("/plans/{id}/moves/{move}")
	String move(@PathVariable UUID id, @PathVariable("move") String slug, @RequestParam long version) {
		PlanMove move = LifecycleMove.fromSlug(PlanMove.class, slug)
			.orElseThrow(() -> new RecordNotFoundException("action", slug));
		plans.move(id, version, move);
		return "redirect:/plans/" + id;
	}

	@PostMapping("/plans/{id}/nodes")
	String addNode(@PathVariable UUID id, @RequestParam Map<String, String> form, Audience audience, Model model) {
		PlanDetails details = progress.details(id, audience);
		return FormSubmission.attempt(problems -> forms.node(form, form.get("parent"), null, problems), data -> {
			tree.addNode(id, data);
			return "redirect:/plans/" + id;
		}, errors -> page(model, details, audience, "node", errors, form));
	}

	@PostMapping("/nodes/{nodeId}/assessments")
	String assess(@PathVariable UUID nodeId, @RequestParam Map<String, String> form, Audience audience, Model model) {
		// The plan's page has one form for all its nodes: the node chosen in it wins over
		// the URL's.
		NodeSummary node = tree.node(form.containsKey("node") ? UUID.fromString(form.get("node")) : nodeId, audience);
		return FormSubmission.attempt(problems -> new AssessmentData(
				node.code(), PlanForms.day(form, "on", problems), PlanForms.rating(form, problems),
				form.get("narrative"), form.get("assessor"), audience.isNatoStaff() && "NATO".equals(form.get("source"))
						? AssessmentSource.NATO : AssessmentSource.SELF,
				form.get("cycle"), null, null, false), data -> {
					try {
						assessments.addAssessment(node.id(), data, audience);
					}
					catch (RuleViolationException ex) {
						// A rule of the rounds refuses this judgement: the person reads
						// why beside the rating.
						throw InvalidInputException.of("rating", ex.getMessage());
					}
					return "redirect:/plans/" + node.plan();
				}, errors -> page(model, progress.details(node.plan(), audience), audience, "assess-" + node.code(),
						errors, form));
	}

	@PostMapping("/plans/{id}/rounds")
	String openRound(@PathVariable UUID id, @RequestParam(defaultValue = "") String cycle, Audience audience,
			Model model) {
		return FormSubmission.attempt(() -> {
			try {
				assessments.openRound(id, new RoundData(cycle, null, null, false));
			}
			catch (RuleViolationException ex) {
				// Another round still open is this form's problem, shown beside its one
				// field.
				throw InvalidInputException.of("cycle", ex.getMessage());
			}
			return "redirect:/plans/" + id;
		}, errors -> page(model, progress.details(id, audience), audience, "round", errors, Map.of("cycle", cycle)));
	}

	@PostMapping("/rounds/{roundId}/approve")
	String approveRound(@PathVariable UUID roundId) {
		return "redirect:/plans/" + assessments.approveRound(roundId).plan();
	}

	@PostMapping("/plans/{id}/tree")
	String importTree(@PathVariable UUID id, @RequestParam(defaultValue = "") String csv, Audience audience,
			Model model) {
		try {
			tree.importTree(id, csv);
			return "redirect:/plans/" + id;
		}
		catch (InvalidInputException ex) {
			// The file is one field: its lines' problems are shown together under it.
			return page(model, progress.details(id, audience), audience, "csv",
					FormErrors.of(InvalidInputException.of("csv",
							String.join(" · ", ex.problems().stream().map(Problem::message).toList()))),
					Map.of("csv", csv));
		}
	}

	@PostMapping("/plans/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, Audience audience) {
		PlanSummary plan = plans.plan(id, audience);
		plans.delete(id, version);
		return "redirect:/partners/" + plan.partner() + "/plans";
	}

}
