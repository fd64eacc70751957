package org.liaison.timeline.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.liaison.partner.PartnerDetails;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
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
 * The staff page of a partnership's timeline, a page of milestones at a time. Milestones
 * written by hand are added and edited in place with htmx (each row swaps to its form and
 * back); without JavaScript the same URLs serve whole pages. After a change the reader is
 * taken to the page that holds the milestone changed.
 */
@Controller
record TimelinePageController(TimelineService timeline, PartnerService partners, FormSubmission forms) {

	@GetMapping("/partners/{code}/timeline")
	String timeline(@PathVariable NationCode code, PageOf.Request page, Audience audience, Model model,
			HttpServletRequest request) {
		return editor(code, audience, page, view(request)).show(model, blank());
	}

	@PostMapping("/partners/{code}/milestones")
	String add(@PathVariable NationCode code, @Valid @ModelAttribute("form") MilestoneData form, BindingResult result,
			PageOf.Request page, Model model, HttpServletRequest request) {
		return forms.submit(result, () -> {
			MilestoneSummary added = timeline.add(code, form);
			// For htmx, the editor again at the page of the new milestone, with a blank
			// form.
			PageOf.Request holding = timeline.pageOf(added.id(), Audience.alliance(), page.size());
			return Htmx.isHtmx(request) ? editor(code, Audience.alliance(), holding, view(request)).show(model, blank())
					: "redirect:" + pageUrl(code, holding, added.id());
		}, errors -> editor(code, Audience.alliance(), page, view(request)).show(model, form, errors));
	}

	/**
	 * The timeline with the form for a new milestone, as a page or as htmx's fragment.
	 */
	private static String view(HttpServletRequest request) {
		return Htmx.view(request, "timeline/milestoneList", "timeline/milestoneEditor");
	}

	private FormPage editor(NationCode code, Audience audience, PageOf.Request page, String view) {
		PartnerDetails partner = partners.partner(code, audience);
		PageOf<MilestoneSummary> milestones = timeline.timeline(code, audience, page);
		if (milestones.items().isEmpty() && milestones.total() > 0) {
			// Past the end (the last milestone of the last page deleted, say): the last
			// page.
			milestones = timeline.timeline(code, audience, new PageOf.Request(milestones.pages() - 1, page.size()));
		}
		return FormPage.of(view).with("partner", partner).with("milestones", milestones);
	}

	@GetMapping("/milestones/{id}")
	String row(@PathVariable UUID id, Audience audience, Model model) {
		model.addAttribute("milestone", timeline.milestone(id, audience));
		return "timeline/milestoneRow";
	}

	@GetMapping("/milestones/{id}/edit")
	String edit(@PathVariable UUID id, Audience audience, Model model, HttpServletRequest request) {
		MilestoneSummary milestone = timeline.milestone(id, audience);
		return editForm(milestone, audience, request).show(model, milestone.toData());
	}

	@PostMapping("/milestones/{id}")
	String revise(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute("form") MilestoneData form,
			BindingResult result, Model model, HttpServletRequest request) {
		MilestoneSummary milestone = timeline.milestone(id, Audience.alliance());
		return forms.submit(result, () -> {
			MilestoneSummary revised = timeline.revise(id, version, form);
			if (!Htmx.isHtmx(request)) {
				return "redirect:" + pageUrl(revised, Audience.alliance());
			}
			model.addAttribute("milestone", revised);
			return "timeline/milestoneRow";
		}, errors -> editForm(milestone, Audience.alliance(), request).show(model, form, errors));
	}

	@PostMapping("/milestones/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request) {
		MilestoneSummary milestone = timeline.milestone(id, Audience.alliance());
		// The page it was on, where its neighbours remain.
		String back = "/partners/" + milestone.partner() + "/timeline"
				+ query(timeline.pageOf(id, Audience.alliance(), PageOf.DEFAULT_SIZE));
		timeline.delete(id, version);
		return Htmx.removedOrRedirect(request, back);
	}

	/**
	 * A milestone's form, as a page or, for htmx, as the row it takes the place of; its
	 * cancel goes back to the page that holds it.
	 */
	private FormPage editForm(MilestoneSummary milestone, Audience audience, HttpServletRequest request) {
		FormPage form = FormPage.of(Htmx.view(request, "timeline/milestoneForm", "timeline/milestoneFormRow"))
			.with("milestone", milestone);
		return form.with("back",
				Htmx.isHtmx(request) ? "/partners/" + milestone.partner() + "/timeline" : pageUrl(milestone, audience));
	}

	private String pageUrl(MilestoneSummary milestone, Audience audience) {
		return pageUrl(milestone.partner(), timeline.pageOf(milestone.id(), audience, PageOf.DEFAULT_SIZE),
				milestone.id());
	}

	private static String pageUrl(NationCode partner, PageOf.Request page, UUID milestone) {
		return "/partners/" + partner + "/timeline" + query(page) + "#milestone-" + milestone;
	}

	private static String query(PageOf.Request page) {
		String size = page.size() == PageOf.DEFAULT_SIZE ? "" : "&size=" + page.size();
		return page.page() == 0 && size.isEmpty() ? "" : "?page=" + page.page() + size;
	}

	private static MilestoneData blank() {
		return new MilestoneData("", null, "", Releasability.PUBLIC);
	}

}
