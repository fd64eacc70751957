package org.liaison.agreement.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementMove;
import org.liaison.agreement.AgreementSummary;
import org.liaison.agreement.AgreementTypeSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.web.FormErrors;
import org.liaison.web.FormPage;
import org.liaison.web.FormSubmission;
import org.liaison.web.Htmx;
import org.liaison.web.Options;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of the agreement module: a partner's agreements, one agreement with the lifecycle
 * moves its status allows, and the forms. Every form shows its problems beside the fields
 * and changes nothing until all of them are mended. Forms read through the reader's
 * audience, so that no page, not even an edit form, shows what the reader may not see.
 */
@Controller
record AgreementPageController(AgreementService agreements, PartnerService partners, FormSubmission forms) {

	@GetMapping("/partners/{code}/agreements")
	String list(@PathVariable NationCode code, PageOf.Request page, Audience audience, Model model,
			HttpServletRequest request) {
		model.addAttribute("partner", code);
		model.addAttribute("partnerName", partners.nation(code).name());
		model.addAttribute("agreements", agreements.agreements(code, audience, page));
		return Htmx.view(request, "agreement/agreementList", "agreement/agreementTable");
	}

	@GetMapping("/agreements/{id}")
	String view(@PathVariable UUID id, Audience audience, Model model) {
		return view(agreements.agreement(id, audience), null).show(model, FormErrors.none());
	}

	@PostMapping("/agreements/{id}/{move:submit|agree|enter-into-force|supersede|expire|terminate}")
	String move(@PathVariable UUID id, @PathVariable("move") String slug, @RequestParam long version,
			@RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "") String text, Audience audience,
			Model model) {
		AgreementMove move = LifecycleMove.fromSlug(AgreementMove.class, slug).orElseThrow();
		return FormSubmission.attempt(() -> {
			agreements.move(id, version, move, FormSubmission.date("on", on), text);
			return "redirect:/agreements/" + id;
		}, errors -> view(agreements.agreement(id, audience), move).show(model, errors));
	}

	/** The agreement's page, with the lifecycle moves and the one that failed. */
	private FormPage view(AgreementSummary agreement, @Nullable AgreementMove failedMove) {
		return FormPage.of("agreement/agreement")
			.with("agreement", agreement)
			.with("partnerName", partners.nation(agreement.partner()).name())
			.with("failedMove", failedMove);
	}

	// Forms

	@GetMapping("/partners/{code}/agreements/new")
	String add(@PathVariable NationCode code, Model model) {
		partners.nation(code);
		return form(code, null).show(model, AgreementForm.blank());
	}

	@PostMapping("/partners/{code}/agreements")
	String add(@PathVariable NationCode code, @ModelAttribute("form") AgreementForm form, BindingResult result,
			Model model) {
		return forms.submit(result, form::toData, data -> "redirect:/agreements/" + agreements.add(code, data).id(),
				errors -> form(code, null).show(model, form, errors.collapsing("parties")));
	}

	@GetMapping("/agreements/{id}/edit")
	String edit(@PathVariable UUID id, Audience audience, Model model) {
		AgreementSummary agreement = agreements.agreement(id, audience);
		return form(agreement.partner(), agreement).show(model, AgreementForm.of(agreement.toData()));
	}

	@PostMapping("/agreements/{id}")
	String revise(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") AgreementForm form,
			BindingResult result, Model model) {
		AgreementSummary agreement = agreements.agreement(id, Audience.alliance());
		return forms.submit(result, form::toData, data -> {
			agreements.revise(id, version, data);
			return "redirect:/agreements/" + id;
		}, errors -> form(agreement.partner(), agreement).show(model, form, errors.collapsing("parties")));
	}

	@PostMapping("/agreements/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request) {
		AgreementSummary agreement = agreements.agreement(id, Audience.alliance());
		agreements.delete(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + agreement.partner() + "/agreements");
	}

	private FormPage form(NationCode partner, @Nullable AgreementSummary agreement) {
		return FormPage.of("agreement/agreementForm")
			.with("types",
					Options.of(agreements.types(), AgreementTypeSummary::code,
							type -> type.name(LocaleContextHolder.getLocale())))
			.with("partner", partner)
			.with("partnerName", partners.nation(partner).name())
			.with("agreement", agreement);
	}

}
