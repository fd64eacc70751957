package org.liaison.timeline.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;
import org.liaison.timeline.MilestoneData;
import org.liaison.timeline.MilestoneSummary;
import org.liaison.timeline.TimelineService;
import org.liaison.web.FormPage;
import org.liaison.web.FormSubmission;
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
 * The staff page of a partnership's timeline. Milestones written by hand are added and
 * edited in place with htmx (each row swaps to its form and back); without JavaScript the
 * same URLs serve whole pages.
 */
@Controller
record TimelinePageController(TimelineService timeline, PartnerService partners, FormSubmission forms) {

	@GetMapping("/partners/{code}/timeline")
	String timeline(@PathVariable NationCode code, Audience audience, Model model) {
		return editor(code, audience, "timeline/milestoneList").show(model, blank());
	}

	@PostMapping("/partners/{code}/milestones")
	String add(@PathVariable NationCode code, @Valid @ModelAttribute("form") MilestoneData form, BindingResult result,
			Model model, HttpServletRequest request) {
		return forms.submit(result, () -> {
			timeline.add(code, form);
			// For htmx, the editor again with the new milestone in place and a blank
			// form.
			return Htmx.isHtmx(request) ? editor(code, request).show(model, blank())
					: "redirect:/partners/" + code + "/timeline";
		}, errors -> editor(code, request).show(model, form, errors));
	}

	/**
	 * The timeline with the form for a new milestone, in a page or as htmx's fragment.
	 */
	private FormPage editor(NationCode code, HttpServletRequest request) {
		return editor(code, Audience.alliance(),
				Htmx.view(request, "timeline/milestoneList", "timeline/milestoneEditor"));
	}

	private FormPage editor(NationCode code, Audience audience, String view) {
		return FormPage.of(view)
			.with("partner", partners.partner(code, audience))
			.with("years", timeline.byYear(code, audience));
	}

	@GetMapping("/milestones/{id}")
	String row(@PathVariable UUID id, Audience audience, Model model) {
		model.addAttribute("milestone", timeline.milestone(id, audience));
		return "timeline/milestoneRow";
	}

	@GetMapping("/milestones/{id}/edit")
	String edit(@PathVariable UUID id, Audience audience, Model model, HttpServletRequest request) {
		MilestoneSummary milestone = timeline.milestone(id, audience);
		return editForm(milestone, request).show(model, milestone.toData());
	}

	@PostMapping("/milestones/{id}")
	String revise(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute("form") MilestoneData form,
			BindingResult result, Model model, HttpServletRequest request) {
		MilestoneSummary milestone = timeline.milestone(id, Audience.alliance());
		return forms.submit(result, () -> {
			MilestoneSummary revised = timeline.revise(id, version, form);
			if (!Htmx.isHtmx(request)) {
				return "redirect:/partners/" + revised.partner() + "/timeline";
			}
			model.addAttribute("milestone", revised);
			return "timeline/milestoneRow";
		}, errors -> editForm(milestone, request).show(model, form, errors));
	}

	@PostMapping("/milestones/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request) {
		MilestoneSummary milestone = timeline.milestone(id, Audience.alliance());
		timeline.delete(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + milestone.partner() + "/timeline");
	}

	/** A milestone's form, as a page or, for htmx, as the row it takes the place of. */
	private static FormPage editForm(MilestoneSummary milestone, HttpServletRequest request) {
		return FormPage.of(Htmx.view(request, "timeline/milestoneForm", "timeline/milestoneFormRow"))
			.with("milestone", milestone);
	}

	private static MilestoneData blank() {
		return new MilestoneData("", null, "", Releasability.PUBLIC);
	}

}
