package org.liaison.partner.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.liaison.partner.MembershipData;
import org.liaison.partner.MembershipSummary;
import org.liaison.partner.NarrativeData;
import org.liaison.partner.NarrativeSection;
import org.liaison.partner.NarrativeSummary;
import org.liaison.partner.PartnerDetails;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ProfileData;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.Releasability;
import org.liaison.web.FormErrors;
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
		return profileForm(model, null, "", new ProfileData("", "", false, Releasability.PUBLIC), FormErrors.none());
	}

	@PostMapping("/partners")
	String createPartner(@RequestParam(defaultValue = "") String nation, @Valid @ModelAttribute ProfileData form,
			BindingResult result, Model model) {
		if (!NationCode.isValid(nation)) {
			return profileForm(model, null, nation, form,
					FormErrors.of(InvalidInputException.of("nation", "Choose a nation")));
		}
		return forms.submit(result, () -> {
			partners.createPartner(NationCode.of(nation), form);
			return "redirect:/partners/" + NationCode.of(nation);
		}, errors -> profileForm(model, null, nation, form, errors));
	}

	@GetMapping("/partners/{code}/profile/edit")
	String editPartner(@PathVariable NationCode code, Audience audience, Model model) {
		PartnerDetails partner = partners.partner(code, audience);
		return profileForm(model, partner, code.value(), partner.toData(), FormErrors.none());
	}

	@PostMapping("/partners/{code}/profile")
	String revisePartner(@PathVariable NationCode code, @RequestParam long version,
			@Valid @ModelAttribute ProfileData form, BindingResult result, Model model) {
		PartnerDetails partner = partners.partner(code, Audience.alliance());
		return forms.submit(result, () -> {
			partners.revisePartner(code, version, form);
			return "redirect:/partners/" + code;
		}, errors -> profileForm(model, partner, code.value(), form, errors));
	}

	private String profileForm(Model model, PartnerDetails partner, String nation, ProfileData form,
			FormErrors errors) {
		Map<String, String> nations = new LinkedHashMap<>();
		partners.nations().stream().filter(n -> !n.ally()).forEach(n -> nations.put(n.code().value(), n.name()));
		model.addAttribute("partner", partner);
		model.addAttribute("nation", nation);
		model.addAttribute("nations", nations);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "partner/profileForm";
	}

	// Memberships

	@GetMapping("/partners/{code}/memberships/new")
	String newMembership(@PathVariable NationCode code, Audience audience, Model model) {
		partners.partner(code, audience);
		return membershipForm(model, code, null,
				new MembershipData("", "", null, null, null, null, Releasability.PUBLIC), FormErrors.none());
	}

	@PostMapping("/partners/{code}/memberships")
	String addMembership(@PathVariable NationCode code, @Valid @ModelAttribute MembershipData form,
			BindingResult result, Model model) {
		return forms.submit(result, () -> {
			partners.addMembership(code, form);
			return "redirect:/partners/" + code;
		}, errors -> membershipForm(model, code, null, form, errors));
	}

	@GetMapping("/memberships/{id}/edit")
	String editMembership(@PathVariable UUID id, Audience audience, Model model) {
		MembershipSummary membership = partners.membership(id, audience);
		return membershipForm(model, membership.partner(), membership, membership.toData(), FormErrors.none());
	}

	@PostMapping("/memberships/{id}")
	String reviseMembership(@PathVariable UUID id, @RequestParam long version,
			@Valid @ModelAttribute MembershipData form, BindingResult result, Model model) {
		MembershipSummary membership = partners.membership(id, Audience.alliance());
		return forms.submit(result, () -> {
			partners.reviseMembership(id, version, form);
			return "redirect:/partners/" + membership.partner();
		}, errors -> membershipForm(model, membership.partner(), membership, form, errors));
	}

	@PostMapping("/memberships/{id}/delete")
	String deleteMembership(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request) {
		MembershipSummary membership = partners.membership(id, Audience.alliance());
		partners.deleteMembership(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + membership.partner());
	}

	private String membershipForm(Model model, NationCode partner, MembershipSummary membership, MembershipData form,
			FormErrors errors) {
		Map<String, String> frameworks = new LinkedHashMap<>();
		partners.frameworks().forEach(f -> frameworks.put(f.code(), f.name()));
		model.addAttribute("partner", partner);
		model.addAttribute("membership", membership);
		model.addAttribute("frameworks", frameworks);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "partner/membershipForm";
	}

	// Narratives

	@GetMapping("/partners/{code}/narratives/new")
	String newNarrative(@PathVariable NationCode code, Audience audience, Model model) {
		partners.partner(code, audience);
		return narrativeForm(model, code, null,
				new NarrativeData("", NarrativeSection.AREA, "", "", 0, Releasability.PUBLIC), FormErrors.none());
	}

	@PostMapping("/partners/{code}/narratives")
	String addNarrative(@PathVariable NationCode code, @Valid @ModelAttribute NarrativeData form, BindingResult result,
			Model model) {
		return forms.submit(result, () -> {
			partners.addNarrative(code, form);
			return "redirect:/partners/" + code;
		}, errors -> narrativeForm(model, code, null, form, errors));
	}

	@GetMapping("/narratives/{id}/edit")
	String editNarrative(@PathVariable UUID id, Audience audience, Model model) {
		NarrativeSummary narrative = partners.narrative(id, audience);
		return narrativeForm(model, narrative.partner(), narrative, narrative.toData(), FormErrors.none());
	}

	@PostMapping("/narratives/{id}")
	String reviseNarrative(@PathVariable UUID id, @RequestParam long version, @Valid @ModelAttribute NarrativeData form,
			BindingResult result, Model model) {
		NarrativeSummary narrative = partners.narrative(id, Audience.alliance());
		return forms.submit(result, () -> {
			partners.reviseNarrative(id, version, form);
			return "redirect:/partners/" + narrative.partner();
		}, errors -> narrativeForm(model, narrative.partner(), narrative, form, errors));
	}

	@PostMapping("/narratives/{id}/delete")
	String deleteNarrative(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request) {
		NarrativeSummary narrative = partners.narrative(id, Audience.alliance());
		partners.deleteNarrative(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + narrative.partner());
	}

	private String narrativeForm(Model model, NationCode partner, NarrativeSummary narrative, NarrativeData form,
			FormErrors errors) {
		model.addAttribute("partner", partner);
		model.addAttribute("narrative", narrative);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "partner/narrativeForm";
	}

}
