package org.liaison.partner.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.FrameworkSummary;
import org.liaison.partner.MembershipData;
import org.liaison.partner.MembershipSummary;
import org.liaison.partner.NarrativeData;
import org.liaison.partner.NarrativeSection;
import org.liaison.partner.NarrativeSummary;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerDetails;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ProfileData;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.Releasability;
import org.liaison.web.FormErrors;
import org.liaison.web.FormPage;
import org.liaison.web.FormSubmission;
import org.liaison.web.Htmx;
import org.liaison.web.Options;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Staff pages of the partner module: the list of partners, and the forms for profiles,
 * memberships and narratives. Every form shows its problems beside the fields and changes
 * nothing until all of them are mended. A form is a page any signed-in user may open, so
 * it reads through the reader's audience: an edit form never shows a record its reader
 * may not see.
 */
@Controller
record PartnerPageController(PartnerService partners, FormSubmission forms) {

	@GetMapping("/records")
	String records(PageOf.Request page, Audience audience, Model model) {
		model.addAttribute("partners", partners.partners(audience, page));
		return "partner/partnerList";
	}

	// Profiles

	@GetMapping("/partners/new")
	String newPartner(Model model) {
		return profileForm(null, "").show(model, new ProfileData("", "", false, Releasability.PUBLIC));
	}

	@PostMapping("/partners")
	String createPartner(@RequestParam(defaultValue = "") String nation, @Valid @ModelAttribute ProfileData form,
			BindingResult result, Model model) {
		if (!NationCode.isValid(nation)) {
			return profileForm(null, nation).show(model, form,
					FormErrors.of(InvalidInputException.of("nation", "Choose a nation")));
		}
		return forms.submit(result, () -> {
			partners.createPartner(NationCode.of(nation), form);
			return "redirect:/partners/" + NationCode.of(nation);
		}, errors -> profileForm(null, nation).show(model, form, errors));
	}

	@GetMapping("/partners/{code}/profile/edit")
	String editPartner(@PathVariable NationCode code, Audience audience, Model model) {
		PartnerDetails partner = partners.partner(code, audience);
		return profileForm(partner, code.value()).show(model, partner.toData());
	}

	@PostMapping("/partners/{code}/profile")
	String revisePartner(@PathVariable NationCode code, @RequestParam long version,
			@Valid @ModelAttribute ProfileData form, BindingResult result, Model model) {
		PartnerDetails partner = partners.partner(code, Audience.alliance());
		return forms.submit(result, () -> {
			partners.revisePartner(code, version, form);
			return "redirect:/partners/" + code;
		}, errors -> profileForm(partner, code.value()).show(model, form, errors));
	}

	/**
	 * The profile's form, with the nation chosen for a new partner among those that have
	 * none.
	 */
	private FormPage profileForm(@Nullable PartnerDetails partner, String nation) {
		List<NationSummary> candidates = partners.nationsWithoutPartner();
		return FormPage.of("partner/profileForm")
			.with("partner", partner)
			.with("nation", nation)
			.with("nations", Options.of(candidates, n -> n.code().value(), NationSummary::name));
	}

	// Memberships

	@GetMapping("/partners/{code}/memberships/new")
	String newMembership(@PathVariable NationCode code, Audience audience, Model model) {
		partners.partner(code, audience);
		return membershipForm(code, null).show(model,
				new MembershipData("", "", null, null, null, null, Releasability.PUBLIC));
	}

	@PostMapping("/partners/{code}/memberships")
	String addMembership(@PathVariable NationCode code, @Valid @ModelAttribute MembershipData form,
			BindingResult result, Model model) {
		return forms.submit(result, () -> {
			partners.addMembership(code, form);
			return "redirect:/partners/" + code;
		}, errors -> membershipForm(code, null).show(model, form, errors));
	}

	@GetMapping("/memberships/{id}/edit")
	String editMembership(@PathVariable UUID id, Audience audience, Model model) {
		MembershipSummary membership = partners.membership(id, audience);
		return membershipForm(membership.partner(), membership).show(model, membership.toData());
	}

	@PostMapping("/memberships/{id}")
	String reviseMembership(@PathVariable UUID id, @RequestParam long version,
			@Valid @ModelAttribute MembershipData form, BindingResult result, Model model) {
		MembershipSummary membership = partners.membership(id, Audience.alliance());
		return forms.submit(result, () -> {
			partners.reviseMembership(id, version, form);
			return "redirect:/partners/" + membership.partner();
		}, errors -> membershipForm(membership.partner(), membership).show(model, form, errors));
	}

	@PostMapping("/memberships/{id}/delete")
	String deleteMembership(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request) {
		MembershipSummary membership = partners.membership(id, Audience.alliance());
		partners.deleteMembership(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + membership.partner());
	}

	private FormPage membershipForm(NationCode partner, @Nullable MembershipSummary membership) {
		return FormPage.of("partner/membershipForm")
			.with("partner", partner)
			.with("membership", membership)
			.with("frameworks", Options.of(partners.frameworks(), FrameworkSummary::code, FrameworkSummary::name));
	}

	// Narratives

	@GetMapping("/partners/{code}/narratives/new")
	String newNarrative(@PathVariable NationCode code, Audience audience, Model model) {
		partners.partner(code, audience);
		return narrativeForm(code, null).show(model,
				new NarrativeData("", NarrativeSection.AREA, "", "", 0, Releasability.PUBLIC));
	}

	@PostMapping("/partners/{code}/narratives")
	String addNarrative(@PathVariable NationCode code, @Valid @ModelAttribute NarrativeData form, BindingResult result,
			Model model) {
		return forms.submit(result, () -> {
			partners.addNarrative(code, form);
			return "redirect:/partners/" + code;
		}, errors -> narrativeForm(code, null).show(model, form, errors));
	}

	@GetMapping("/narratives/{id}/edit")
	String editNarrative(@PathVariable UUID id, Audience audience, Model model) {
		NarrativeSummary narrative = partners.narrative(id, audience);
		return narrativeForm(narrative.partner(), narrative).show(model, narrative.toData());
	}

	@PostMapping("/narratives/{id}")
	String reviseNarrative(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute NarrativeData form,
			BindingResult result, Model model) {
		NarrativeSummary narrative = partners.narrative(id, Audience.alliance());
		return forms.submit(result, () -> {
			partners.reviseNarrative(id, version, form);
			return "redirect:/partners/" + narrative.partner();
		}, errors -> narrativeForm(narrative.partner(), narrative).show(model, form, errors));
	}

	@PostMapping("/narratives/{id}/delete")
	String deleteNarrative(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request) {
		NarrativeSummary narrative = partners.narrative(id, Audience.alliance());
		partners.deleteNarrative(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + narrative.partner());
	}

	private FormPage narrativeForm(NationCode partner, @Nullable NarrativeSummary narrative) {
		return FormPage.of("partner/narrativeForm").with("partner", partner).with("narrative", narrative);
	}

}
