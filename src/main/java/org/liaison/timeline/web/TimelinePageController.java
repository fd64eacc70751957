package org.liaison.timeline.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;
import org.liaison.timeline.MilestoneData;
import org.liaison.timeline.MilestoneSummary;
import org.liaison.timeline.TimelineService;
import org.liaison.web.FormErrors;
import org.liaison.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff page of a partnership's timeline. Milestones written by hand are added and edited
 * in place with htmx (each row swaps to its form and back); without JavaScript the same URLs
 * serve whole pages.
 */
@Controller
class TimelinePageController {

	private final TimelineService timeline;

	private final PartnerService partners;

	TimelinePageController(TimelineService timeline, PartnerService partners) {
		this.timeline = timeline;
		this.partners = partners;
	}

	@GetMapping("/partners/{code}/timeline")
	String timeline(@PathVariable NationCode code, Audience audience, Model model) {
		model.addAttribute("partner", partners.partner(code, audience));
		model.addAttribute("years", timeline.byYear(code, audience));
		model.addAttribute("form", blank());
		model.addAttribute("errors", FormErrors.none());
		return "timeline/timeline";
	}

	@PostMapping("/partners/{code}/milestones")
	String add(@PathVariable NationCode code, @Valid @ModelAttribute("form") MilestoneData form,
			BindingResult result, Model model, HttpServletRequest request) {
		FormErrors errors = result.hasErrors() ? FormErrors.of(result) : FormErrors.none();
		if (!errors.any()) {
			try {
				timeline.add(code, form);
			}
			catch (InvalidInputException ex) {
				errors = FormErrors.of(ex);
			}
		}
		if (!errors.any() && !Htmx.isHtmx(request)) {
			return "redirect:/partners/" + code + "/timeline";
		}
		Audience audience = Audience.alliance();
		model.addAttribute("partner", partners.partner(code, audience));
		model.addAttribute("years", timeline.byYear(code, audience));
		model.addAttribute("form", errors.any() ? form : blank());
		model.addAttribute("errors", errors);
		return Htmx.view(request, "timeline/timeline", "timeline/editor");
	}

	@GetMapping("/milestones/{id}")
	String row(@PathVariable UUID id, Audience audience, Model model) {
		model.addAttribute("milestone", timeline.milestone(id, audience));
		return "timeline/row";
	}

	@GetMapping("/milestones/{id}/edit")
	String edit(@PathVariable UUID id, Audience audience, Model model, HttpServletRequest request) {
		MilestoneSummary milestone = timeline.milestone(id, audience);
		return editForm(model, milestone, milestone.toData(), FormErrors.none(), request);
	}

	@PostMapping("/milestones/{id}")
	String revise(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute("form") MilestoneData form,
			BindingResult result, Model model, HttpServletRequest request) {
		MilestoneSummary milestone = timeline.milestone(id, Audience.alliance());
		if (result.hasErrors()) {
			return editForm(model, milestone, form, FormErrors.of(result), request);
		}
		try {
			MilestoneSummary revised = timeline.revise(id, version, form);
			if (!Htmx.isHtmx(request)) {
				return "redirect:/partners/" + revised.partner() + "/timeline";
			}
			model.addAttribute("milestone", revised);
			return "timeline/row";
		}
		catch (InvalidInputException ex) {
			return editForm(model, milestone, form, FormErrors.of(ex), request);
		}
	}

	@PostMapping("/milestones/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request) {
		MilestoneSummary milestone = timeline.milestone(id, Audience.alliance());
		timeline.delete(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + milestone.partner() + "/timeline");
	}

	private String editForm(Model model, MilestoneSummary milestone, MilestoneData form, FormErrors errors,
			HttpServletRequest request) {
		model.addAttribute("milestone", milestone);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return Htmx.view(request, "timeline/editPage", "timeline/editRow");
	}

	private static MilestoneData blank() {
		return new MilestoneData("", null, "", Releasability.PUBLIC);
	}

}
