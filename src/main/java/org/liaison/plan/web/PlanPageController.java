package org.liaison.plan.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.liaison.plan.NodeData;
import org.liaison.plan.NodeSummary;
import org.liaison.plan.PlanData;
import org.liaison.plan.PlanDetails;
import org.liaison.plan.PlanService;
import org.liaison.plan.PlanService.Move;
import org.liaison.plan.PlanSummary;
import org.liaison.plan.Rating;
import org.liaison.plan.RoundData;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.web.FormErrors;
import org.liaison.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.Validator;

/**
 * Pages of the plan module: a partner's plans, a plan's tree (filters and expanded subtrees as
 * htmx fragments, plain {@code <details>} without JavaScript), its Gantt chart, the comparison of
 * two plans, the progress dashboard of a partner and across partners, and the forms. Every form
 * shows its problems beside the fields and changes nothing until all are mended.
 */
@Controller
class PlanPageController {

	private final PlanService plans;

	private final PartnerService partners;

	private final PlanForms forms;

	PlanPageController(PlanService plans, PartnerService partners, Validator validator) {
		this.plans = plans;
		this.partners = partners;
		this.forms = new PlanForms(validator);
	}

	@GetMapping("/partners/{code}/plans")
	String list(@PathVariable NationCode code, @RequestParam(defaultValue = "0") int page, Audience audience, Model model) {
		model.addAttribute("partner", code);
		model.addAttribute("partnerName", partners.nation(code).name());
		model.addAttribute("plans", plans.plans(code, audience, new PageOf.Request(page, PageOf.DEFAULT_SIZE)));
		model.addAttribute("types", plans.types());
		model.addAttribute("errors", FormErrors.none());
		model.addAttribute("form", Map.of());
		return "plan/list";
	}

	@PostMapping("/partners/{code}/plans")
	String add(@PathVariable NationCode code, @RequestParam Map<String, String> form, Audience audience, Model model) {
		List<Problem> problems = new ArrayList<>();
		PlanData data = forms.plan(form, null, problems);
		if (problems.isEmpty()) {
			try {
				return "redirect:/plans/" + plans.add(code, data).id();
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		list(code, 0, audience, model);
		model.addAttribute("errors", FormErrors.of(new InvalidInputException(problems)));
		model.addAttribute("form", form);
		return "plan/list";
	}

	/**
	 * A plan by its natural key, as other records name it (a meeting's reviewed goals), optionally
	 * pointing at one node.
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
			@RequestParam(required = false) @Nullable Rating rating, @RequestParam(required = false) @Nullable String lead,
			Audience audience, Model model, HttpServletRequest request) {
		PlanDetails details = plans.details(id, audience);
		model.addAttribute("details", details);
		model.addAttribute("shown", shown(details, area, rating, lead));
		model.addAttribute("area", area == null ? "" : area);
		model.addAttribute("rating", rating);
		model.addAttribute("lead", lead == null ? "" : lead);
		if (Htmx.isHtmx(request)) {
			return "plan/tree";
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
		model.addAttribute("others", plans.allPlans(details.plan().partner(), audience)
			.stream()
			.filter(p -> !p.id().equals(details.plan().id()))
			.toList());
		model.addAttribute("changeable", details.assessments()
			.stream()
			.filter(a -> plans.mayChange(a, details.plan().partner(), audience))
			.map(AssessmentSummary::id)
			.collect(Collectors.toSet()));
		model.addAttribute("failed", failed);
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		return "plan/view";
	}

	/** The codes to show: the nodes that pass the filters and their ancestors, so each stays in its place. */
	static Set<String> shown(PlanDetails details, @Nullable String area, @Nullable Rating rating, @Nullable String lead) {
		Map<String, NodeSummary> byCode = new LinkedHashMap<>();
		details.nodes().forEach(n -> byCode.put(n.code(), n));
		Set<String> shown = new HashSet<>();
		for (NodeSummary node : details.nodes()) {
			boolean pass = (area == null || area.isBlank() || area.equalsIgnoreCase(String.valueOf(node.area())))
					&& (rating == null || rating == node.rating())
					&& (lead == null || lead.isBlank() || (node.lead() != null && node.lead().toLowerCase().contains(lead.toLowerCase())));
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
		PlanDetails details = plans.details(id, audience);
		if (details.nodes().stream().noneMatch(n -> n.code().equals(code))) {
			throw new RecordNotFoundException("node", code);
		}
		model.addAttribute("details", details);
		model.addAttribute("shown", shown(details, null, null, null));
		model.addAttribute("parent", code);
		return "plan/children";
	}

	@GetMapping("/plans/{id}/gantt")
	String gantt(@PathVariable UUID id, Audience audience, Model model) {
		PlanDetails details = plans.details(id, audience);
		model.addAttribute("details", details);
		model.addAttribute("gantt", Gantt.of(details));
		return "plan/gantt";
	}

	@GetMapping("/plans/{id}/compare")
	String compare(@PathVariable UUID id, @RequestParam UUID with, Audience audience, Model model) {
		model.addAttribute("comparison", plans.compare(id, with, audience));
		return "plan/compare";
	}

	@GetMapping("/partners/{code}/progress")
	String progress(@PathVariable NationCode code, Audience audience, Model model) {
		var progress = plans.progress(code, audience);
		model.addAttribute("partnerName", partners.nation(code).name());
		model.addAttribute("progress", progress);
		model.addAttribute("areaChart", Charts.ratingsPerArea(progress));
		model.addAttribute("cycleChart", Charts.achievedPerCycle(progress));
		return "plan/progress";
	}

	@GetMapping("/progress")
	String comparison(Audience audience, Model model) {
		model.addAttribute("partners", plans.comparison(audience));
		return "plan/comparison";
	}

	// Forms on the plan's page

	@PostMapping("/plans/{id}/moves/{move}")
	String move(@PathVariable UUID id, @PathVariable("move") String slug, @RequestParam long version) {
		Move move = Move.fromSlug(slug).orElseThrow(() -> new RecordNotFoundException("action", slug));
		plans.move(id, version, move);
		return "redirect:/plans/" + id;
	}

	@PostMapping("/plans/{id}/nodes")
	String addNode(@PathVariable UUID id, @RequestParam Map<String, String> form, Audience audience, Model model) {
		PlanDetails details = plans.details(id, audience);
		List<Problem> problems = new ArrayList<>();
		NodeData data = forms.node(form, form.get("parent"), null, problems);
		if (problems.isEmpty()) {
			try {
				plans.addNode(id, data);
				return "redirect:/plans/" + id;
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		return page(model, details, audience, "node", FormErrors.of(new InvalidInputException(problems)), form);
	}

	@PostMapping("/nodes/{nodeId}/assessments")
	String assess(@PathVariable UUID nodeId, @RequestParam Map<String, String> form, Audience audience, Model model) {
		// The plan's page has one form for all its nodes: the node chosen in it wins over the URL's.
		NodeSummary node = plans.node(form.containsKey("node") ? UUID.fromString(form.get("node")) : nodeId, audience);
		List<Problem> problems = new ArrayList<>();
		LocalDate on = PlanForms.day(form, "on", problems);
		Rating rating = PlanForms.rating(form, problems);
		if (problems.isEmpty()) {
			try {
				plans.addAssessment(node.id(), new AssessmentData(node.code(), on, rating, form.get("narrative"),
						form.get("assessor"), audience.isNatoStaff() && "NATO".equals(form.get("source")) ? AssessmentSource.NATO
								: AssessmentSource.SELF,
						form.get("cycle"), null, null, false), audience);
				return "redirect:/plans/" + node.plan();
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
			catch (RuleViolationException ex) {
				problems.add(new Problem("rating", ex.getMessage()));
			}
		}
		return page(model, plans.details(node.plan(), audience), audience, "assess-" + node.code(),
				FormErrors.of(new InvalidInputException(problems)), form);
	}

	@PostMapping("/plans/{id}/rounds")
	String openRound(@PathVariable UUID id, @RequestParam(defaultValue = "") String cycle, Audience audience, Model model) {
		try {
			plans.openRound(id, new RoundData(cycle, null, null, false));
			return "redirect:/plans/" + id;
		}
		catch (InvalidInputException ex) {
			return page(model, plans.details(id, audience), audience, "round", FormErrors.of(ex), Map.of("cycle", cycle));
		}
		catch (RuleViolationException ex) {
			return page(model, plans.details(id, audience), audience, "round",
					FormErrors.of(InvalidInputException.of("cycle", ex.getMessage())), Map.of("cycle", cycle));
		}
	}

	@PostMapping("/rounds/{roundId}/approve")
	String approveRound(@PathVariable UUID roundId) {
		return "redirect:/plans/" + plans.approveRound(roundId).plan();
	}

	@PostMapping("/plans/{id}/tree")
	String importTree(@PathVariable UUID id, @RequestParam(defaultValue = "") String csv, Audience audience, Model model) {
		try {
			plans.importTree(id, csv);
			return "redirect:/plans/" + id;
		}
		catch (InvalidInputException ex) {
			return page(model, plans.details(id, audience), audience, "csv", FormErrors.of(new InvalidInputException(List.of(
					new Problem("csv", String.join(" · ", ex.problems().stream().map(Problem::message).toList()))))),
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
