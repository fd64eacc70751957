package org.liaison.fund.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.ExchangeRateData;
import org.liaison.fund.LedgerService;
import org.liaison.fund.ProjectService;
import org.liaison.fund.ProjectSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.RuleViolationException;
import org.liaison.web.FormErrors;
import org.liaison.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms of a project's ledger, on the project's page (an entry, a reversal), and the
 * page of exchange rates. A rule of the ledger that refuses an entry is shown beside the
 * field it is about, as any other problem of the form.
 */
@Controller
record LedgerPageController(LedgerService ledgers, ProjectService projects, ProjectPage page, FormSubmission forms) {

	@PostMapping("/fund-projects/{id}/transactions")
	String addTransaction(@PathVariable UUID id, @RequestParam long version,
			@ModelAttribute("transaction") TransactionForm form, Audience audience, Model model) {
		ProjectSummary project = projects.project(id, audience);
		return FormSubmission.attempt(problems -> forms.validated(form.toData(problems), problems), data -> {
			try {
				ledgers.addTransaction(id, version, data, audience);
			}
			catch (RuleViolationException ex) {
				throw InvalidInputException.of("amount", ex.getMessage());
			}
			return "redirect:/fund-projects/" + id;
		}, errors -> failed(model, project, audience, form, errors));
	}

	/**
	 * The entry's form again: a problem of the nation or organisation is shown beside the
	 * party.
	 */
	private String failed(Model model, ProjectSummary project, Audience audience, TransactionForm form,
			FormErrors errors) {
		FormErrors byParty = FormErrors.of(
				new InvalidInputException(
						errors.all()
							.entrySet()
							.stream()
							.map(e -> new Problem(e.getKey().equals("nation") || e.getKey().equals("organisation")
									? "party" : e.getKey(), e.getValue()))
							.toList()));
		return page.view(model, project, audience, null, "transaction", byParty, form);
	}

	@PostMapping("/fund-projects/{id}/transactions/{transactionId}/reversal")
	String reverse(@PathVariable UUID id, @PathVariable UUID transactionId,
			@RequestParam(defaultValue = "") String reason, Audience audience, Model model) {
		ProjectSummary project = projects.project(id, audience);
		return FormSubmission.attempt(() -> {
			try {
				ledgers.reverse(id, transactionId, reason, audience);
			}
			catch (RuleViolationException ex) {
				throw InvalidInputException.of("reason", ex.getMessage());
			}
			return "redirect:/fund-projects/" + id;
		}, errors -> page.view(model, project, audience, "reverse-" + transactionId, errors));
	}

	// Exchange rates (reference data)

	@GetMapping("/exchange-rates")
	String rates(Model model) {
		return rates(model, FormErrors.none(), "", "", "", "");
	}

	@PostMapping("/exchange-rates")
	String addRate(@RequestParam(defaultValue = "") String currency, @RequestParam(defaultValue = "") String base,
			@RequestParam(defaultValue = "") String validFrom, @RequestParam(defaultValue = "") String rate,
			Model model) {
		return FormSubmission.attempt(problems -> rate(currency, base, validFrom, rate, problems), data -> {
			ledgers.addExchangeRate(data);
			return "redirect:/exchange-rates";
		}, errors -> rates(model, errors, currency, base, validFrom, rate));
	}

	/** The rate typed; none when a field cannot be read, each such problem added. */
	private @Nullable ExchangeRateData rate(String currency, String base, String validFrom, String rate,
			List<Problem> problems) {
		Currency from = currency(currency, "currency", problems);
		Currency to = currency(base, "base", problems);
		LocalDate date = null;
		try {
			date = LocalDate.parse(validFrom.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem("validFrom", "A date is written as 2013-07-15"));
		}
		BigDecimal value = OutputPageController.number(rate, "rate", problems);
		if (value == null && problems.stream().noneMatch(p -> p.field().equals("rate"))) {
			problems.add(new Problem("rate", "Give the rate"));
		}
		return problems.isEmpty() ? forms.validated(new ExchangeRateData(from, to, date, value), problems) : null;
	}

	private static @Nullable Currency currency(String code, String field, List<Problem> problems) {
		try {
			return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(field, "'" + code + "' is not an ISO 4217 currency code, such as EUR"));
			return null;
		}
	}

	private String rates(Model model, FormErrors errors, String currency, String base, String validFrom, String rate) {
		model.addAttribute("rates", ledgers.exchangeRates());
		model.addAttribute("errors", errors);
		model.addAttribute("values", Map.of("currency", currency, "base", base, "validFrom", validFrom, "rate", rate));
		return "fund/exchangeRateList";
	}

}
