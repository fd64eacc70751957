package org.liaison.agreement.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementData;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementService.Move;
import org.liaison.agreement.AgreementSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
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
 * Pages of the agreement module: a partner's agreements, one agreement with the lifecycle moves
 * its status allows, and the forms. Every form shows its problems beside the fields and changes
 * nothing until all of them are mended. Forms read through the reader's audience, so that no
 * page, not even an edit form, shows what the reader may not see.
 */
@Controller
class AgreementPageController {

	private final AgreementService agreements;

	private final PartnerService partners;

	private final Validator validator;

	AgreementPageController(AgreementService agreements, PartnerService partners, Validator validator) {
		this.agreements = agreements;
		this.partners = partners;
		this.validator = validator;
	}

	@GetMapping("/partners/{code}/agreements")
	String list(@PathVariable NationCode code, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, Audience audience, Model model, HttpServletRequest request) {
		model.addAttribute("partner", code);
		model.addAttribute("partnerName", partners.nation(code).name());
		model.addAttribute("agreements", agreements.agreements(code, audience, new PageOf.Request(page, size)));
		return Htmx.view(request, "agreement/list", "agreement/table");
	}

	@GetMapping("/agreements/{id}")
	String view(@PathVariable UUID id, Audience audience, Model model) {
		return view(model, agreements.agreement(id, audience), null, FormErrors.none());
	}

	@PostMapping("/agreements/{id}/{move:submit|agree|enter-into-force|supersede|expire|terminate}")
	String move(@PathVariable UUID id, @PathVariable("move") String slug, @RequestParam long version,
			@RequestParam(defaultValue = "") String on, Audience audience, Model model) {
		Move move = Move.fromSlug(slug).orElseThrow();
		try {
			agreements.move(id, version, move, PartialDate.parseOrNull(on));
		}
		catch (IllegalArgumentException ex) {
			return view(model, agreements.agreement(id, audience), move,
					FormErrors.of(InvalidInputException.of("on", ex.getMessage())));
		}
		catch (InvalidInputException ex) {
			return view(model, agreements.agreement(id, audience), move, FormErrors.of(ex));
		}
		return "redirect:/agreements/" + id;
	}

	private String view(Model model, AgreementSummary agreement, @Nullable Move failedMove, FormErrors errors) {
		model.addAttribute("agreement", agreement);
		model.addAttribute("partnerName", partners.nation(agreement.partner()).name());
		model.addAttribute("failedMove", failedMove);
		model.addAttribute("errors", errors);
		return "agreement/view";
	}

	// Forms

	@GetMapping("/partners/{code}/agreements/new")
	String add(@PathVariable NationCode code, Model model) {
		partners.nation(code);
		return form(model, code, null, AgreementForm.blank(), FormErrors.none());
	}

	@PostMapping("/partners/{code}/agreements")
	String add(@PathVariable NationCode code, @ModelAttribute("form") AgreementForm form, BindingResult result,
			Model model) {
		List<Problem> problems = new ArrayList<>();
		AgreementData data = check(form, result, problems);
		if (!problems.isEmpty()) {
			return form(model, code, null, form, errors(problems));
		}
		try {
			return "redirect:/agreements/" + agreements.add(code, data).id();
		}
		catch (InvalidInputException ex) {
			return form(model, code, null, form, errors(ex.problems()));
		}
	}

	@GetMapping("/agreements/{id}/edit")
	String edit(@PathVariable UUID id, Audience audience, Model model) {
		AgreementSummary agreement = agreements.agreement(id, audience);
		return form(model, agreement.partner(), agreement, AgreementForm.of(agreement.toData()), FormErrors.none());
	}

	@PostMapping("/agreements/{id}")
	String revise(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") AgreementForm form,
			BindingResult result, Model model) {
		AgreementSummary agreement = agreements.agreement(id, Audience.alliance());
		List<Problem> problems = new ArrayList<>();
		AgreementData data = check(form, result, problems);
		if (!problems.isEmpty()) {
			return form(model, agreement.partner(), agreement, form, errors(problems));
		}
		try {
			agreements.revise(id, version, data);
		}
		catch (InvalidInputException ex) {
			return form(model, agreement.partner(), agreement, form, errors(ex.problems()));
		}
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/agreements/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request) {
		AgreementSummary agreement = agreements.agreement(id, Audience.alliance());
		agreements.delete(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + agreement.partner() + "/agreements");
	}

	/**
	 * Every problem of a submitted form at once: values that could not be read, constraints of
	 * the data, party lines, and the consistency of status and dates.
	 */
	private AgreementData check(AgreementForm form, BindingResult result, List<Problem> problems) {
		FormErrors.of(result).all().forEach((field, message) -> problems.add(new Problem(field, message)));
		AgreementData data = form.toData(problems);
		for (ConstraintViolation<AgreementData> violation : validator.validate(data)) {
			problems.add(new Problem(violation.getPropertyPath().toString(), violation.getMessage()));
		}
		problems.addAll(data.problems());
		return data;
	}

	/** Problems by form field; a party's problem belongs to the one field that holds them all. */
	private static FormErrors errors(List<Problem> problems) {
		return FormErrors.of(new InvalidInputException(problems.stream()
			.map(p -> p.field().startsWith("parties") ? new Problem("parties", p.message()) : p)
			.toList()));
	}

	private String form(Model model, NationCode partner, @Nullable AgreementSummary agreement, AgreementForm form,
			FormErrors errors) {
		Map<String, String> types = new LinkedHashMap<>();
		agreements.types().forEach(type -> types.put(type.code(), type.name()));
		model.addAttribute("partner", partner);
		model.addAttribute("partnerName", partners.nation(partner).name());
		model.addAttribute("agreement", agreement);
		model.addAttribute("types", types);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "agreement/form";
	}

}
