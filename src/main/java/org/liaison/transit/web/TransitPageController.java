package org.liaison.transit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementSummary;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.transit.TransitAction;
import org.liaison.transit.TransitDecisions;
import org.liaison.transit.TransitRequestData;
import org.liaison.transit.TransitRequestSummary;
import org.liaison.transit.TransitService;
import org.liaison.transit.TransitTermsService;
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
 * Pages of the transit module: the requests the reader may see (those waiting for a
 * decision first), one request with the actions its reader may take, and the request
 * form. The form shows its problems beside the fields and changes nothing until all of
 * them are mended; a late request is shown beside its entry date.
 */
@Controller
record TransitPageController(TransitService transits, TransitDecisions decisions, TransitTermsService terms,
		AgreementService agreements, PartnerService partners, FormSubmission forms) {

	@GetMapping("/transit-requests")
	String list(PageOf.Request page, Audience audience, Model model, HttpServletRequest request) {
		model.addAttribute("requests", transits.requests(audience, page));
		model.addAttribute("canRequest", canRequest(audience));
		return Htmx.view(request, "transit/transitRequestList", "transit/transitRequestTable");
	}

	// The notice period a transit agreement sets, kept beside the agreement by this
	// module.

	@GetMapping("/agreements/{id}/transit-terms")
	String terms(@PathVariable UUID id, Audience audience, Model model) {
		return termsPage(agreements.agreement(id, audience), currentNotice(id, audience)).show(model,
				FormErrors.none());
	}

	@PostMapping("/agreements/{id}/transit-terms")
	String setTerms(@PathVariable UUID id, @RequestParam(defaultValue = "") String noticeDays,
			@RequestParam(required = false) Long version, Audience audience, Model model) {
		AgreementSummary agreement = agreements.agreement(id, audience);
		Integer days = null;
		try {
			days = Integer.valueOf(noticeDays.strip());
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		if (days == null || days < 1 || days > 90) {
			return termsPage(agreement, noticeDays).show(model, FormErrors
				.of(InvalidInputException.of("noticeDays", "A notice period is a number of days from 1 to 90")));
		}
		int chosen = days;
		return FormSubmission.attempt(() -> {
			terms.setTerms(id, version, chosen);
			return "redirect:/agreements/" + id + "/transit-terms";
		}, errors -> termsPage(agreement, noticeDays).show(model, errors));
	}

	private String currentNotice(UUID agreement, Audience audience) {
		try {
			return String.valueOf(terms.terms(agreement, audience).noticeDays());
		}
		catch (RecordNotFoundException ex) {
			return "";
		}
	}

	/**
	 * The terms' form, with the version of the terms set so far (none before the first).
	 */
	private FormPage termsPage(AgreementSummary agreement, String noticeDays) {
		Long version;
		try {
			version = terms.terms(agreement.id(), Audience.alliance()).version();
		}
		catch (RecordNotFoundException ex) {
			version = null;
		}
		return FormPage.of("transit/transitTerms")
			.with("version", version)
			.with("agreement", agreement)
			.with("noticeDays", noticeDays);
	}

	@GetMapping("/transit-requests/{id}")
	String view(@PathVariable UUID id, Audience audience, Model model) {
		return view(transits.request(id, audience), audience, null).show(model, FormErrors.none());
	}

	@PostMapping("/transit-requests/{id}/{action:review|approve|reject|withdraw|complete|urgent}")
	String act(@PathVariable UUID id, @PathVariable("action") String slug, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, Audience audience, Model model) {
		TransitAction action = TransitAction.fromSlug(slug)
			.orElseThrow(() -> new RecordNotFoundException("action", slug));
		return FormSubmission.attempt(() -> {
			decisions.act(id, version, action, reason, audience);
			return "redirect:/transit-requests/" + id;
		}, errors -> view(transits.request(id, audience), audience, action).show(model, errors));
	}

	/**
	 * The request's page, with the actions its reader may take and the one that failed.
	 */
	private FormPage view(TransitRequestSummary request, Audience audience, @Nullable TransitAction failedAction) {
		return FormPage.of("transit/transitRequest")
			.with("request", request)
			.with("agreementTitle", agreementTitle(request.agreementId(), audience))
			.with("hostName", partners.nation(request.hostPartner()).name())
			.with("requesterName", partners.nation(request.requestingNation()).name())
			.with("actions", actions(request, audience))
			.with("failedAction", failedAction);
	}

	/** The actions the reader may take on the request now. */
	private static List<TransitAction> actions(TransitRequestSummary request, Audience audience) {
		List<TransitAction> actions = new ArrayList<>();
		for (TransitAction action : TransitAction.values()) {
			if (!action.allowedFrom(request.status())) {
				continue;
			}
			boolean ownAlly = audience.kind() == Audience.Kind.ALLY
					&& request.requestingNation().equals(audience.nation());
			if (audience.isNatoStaff() || (action.byAlly() && ownAlly)) {
				actions.add(action);
			}
		}
		return actions;
	}

	private @Nullable String agreementTitle(UUID agreementId, Audience audience) {
		try {
			return agreements.agreement(agreementId, audience).title();
		}
		catch (RecordNotFoundException ex) {
			return null;
		}
	}

	// The request form

	@GetMapping("/transit-requests/new")
	String add(Audience audience, Model model) {
		requireRequester(audience);
		return form(audience).show(model, TransitRequestForm.blank(audience.isNatoStaff() ? null : audience.nation()));
	}

	@PostMapping("/transit-requests")
	String add(@ModelAttribute("form") TransitRequestForm form, BindingResult result, Audience audience, Model model) {
		requireRequester(audience);
		return forms.submit(result, problems -> {
			TransitRequestData data = form.toData(problems);
			if (data.urgent() && !audience.isNatoStaff()) {
				problems.add(new Problem("urgent", "Only NATO staff may accept a request as urgent"));
			}
			return data;
		}, data -> {
			try {
				return "redirect:/transit-requests/" + transits.submit(data, audience).id();
			}
			catch (RuleViolationException ex) {
				// The notice rule and the agreement's state: shown beside the entry date.
				throw InvalidInputException.of("entryDate", ex.getMessage());
			}
		}, errors -> form(audience).show(model, form, errors.collapsing("cargo")));
	}

	private static void requireRequester(Audience audience) {
		if (!canRequest(audience)) {
			throw new RuleViolationException("Only an Ally or NATO staff may request a transit");
		}
	}

	private static boolean canRequest(Audience audience) {
		return audience.isNatoStaff() || (audience.kind() == Audience.Kind.ALLY && audience.nation() != null);
	}

	/**
	 * The request form: the transit agreements the reader may request under, and the
	 * Allies it may request for (its own, or any for NATO staff).
	 */
	private FormPage form(Audience audience) {
		List<NationSummary> allies = partners.nations()
			.stream()
			.filter(NationSummary::ally)
			.filter(nation -> audience.isNatoStaff() || nation.code().equals(audience.nation()))
			.toList();
		return FormPage.of("transit/transitRequestForm")
			.with("agreements",
					Options.of(transits.transitAgreements(audience), agreement -> agreement.id().toString(),
							agreement -> partners.nation(agreement.partner()).name() + ": " + agreement.title()))
			.with("allies", Options.of(allies, nation -> nation.code().value(), NationSummary::name))
			.with("staff", audience.isNatoStaff());
	}

}
