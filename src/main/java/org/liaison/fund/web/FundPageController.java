package org.liaison.fund.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.FundService;
import org.liaison.fund.FundService.Move;
import org.liaison.fund.OutputValueData;
import org.liaison.fund.ProjectData;
import org.liaison.fund.ProjectDetails;
import org.liaison.fund.ProjectSummary;
import org.liaison.fund.TransactionData;
import org.liaison.fund.TransactionKind;
import org.liaison.fund.TransactionSummary;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationSummary;
import org.liaison.fund.OutputData;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RuleViolationException;
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
 * Pages of the fund module: the portfolio of a partner and across partners, a project's page
 * (status, phases on a time bar, money per donor, outputs, the ledger with its filter as an htmx
 * fragment, lifecycle actions) and the forms. Every form shows its problems beside the fields and
 * changes nothing until all are mended; every read goes through the reader's audience.
 */
@Controller
class FundPageController {

	private final FundService funds;

	private final PartnerService partners;

	private final DirectoryService directory;

	private final Validator validator;

	FundPageController(FundService funds, PartnerService partners, DirectoryService directory, Validator validator) {
		this.funds = funds;
		this.partners = partners;
		this.directory = directory;
		this.validator = validator;
	}

	/**
	 * The portfolio across partners; with {@code agent}, only the projects that organisation
	 * executes, which is where an executing agent finds the projects it reports on.
	 */
	@GetMapping("/funds")
	String portfolio(@RequestParam(defaultValue = "EUR") Currency currency,
			@RequestParam(required = false) @Nullable String agent, Audience audience, Model model) {
		String ref = agent == null || agent.isBlank() ? null : agent.strip();
		model.addAttribute("partner", null);
		model.addAttribute("partnerName", null);
		model.addAttribute("agent", ref);
		model.addAttribute("agentName", ref == null ? null
				: directory.organisationByRef(ref, audience).map(OrganisationSummary::name).orElse(ref));
		model.addAttribute("portfolio",
				ref == null ? funds.portfolio(audience, currency) : funds.portfolioOfAgent(ref, audience, currency));
		return "fund/portfolio";
	}

	@GetMapping("/partners/{code}/funds")
	String portfolio(@PathVariable NationCode code, @RequestParam(defaultValue = "EUR") Currency currency,
			Audience audience, Model model) {
		model.addAttribute("partner", code);
		model.addAttribute("partnerName", partners.nation(code).name());
		model.addAttribute("agent", null);
		model.addAttribute("agentName", null);
		model.addAttribute("portfolio", funds.portfolio(code, audience, currency));
		return "fund/portfolio";
	}

	@GetMapping("/fund-projects/{id}")
	String view(@PathVariable UUID id, @RequestParam(required = false) @Nullable TransactionKind kind, Audience audience,
			Model model, HttpServletRequest request) {
		ProjectSummary project = funds.project(id, audience);
		if (Htmx.isHtmx(request)) {
			model.addAttribute("project", project);
			model.addAttribute("kind", kind);
			model.addAttribute("transactions", filter(funds.transactions(id, audience), kind));
			model.addAttribute("reporter", funds.reportsOn(project, audience));
			return "fund/ledger";
		}
		return view(model, project, audience, kind, "", FormErrors.none(), TransactionForm.blank(project.currency().getCurrencyCode()));
	}

	private String view(Model model, ProjectSummary project, Audience audience, @Nullable TransactionKind kind,
			String failed, FormErrors errors, TransactionForm transaction) {
		ProjectDetails details = funds.details(project, audience);
		model.addAttribute("project", project);
		model.addAttribute("details", details);
		model.addAttribute("partnerName", partners.nation(project.partner()).name());
		model.addAttribute("agentName", project.executingAgent() == null ? null
				: directory.organisationByRef(project.executingAgent(), audience)
					.map(OrganisationSummary::name)
					.orElse(project.executingAgent()));
		model.addAttribute("kind", kind);
		model.addAttribute("transactions", filter(details.transactions(), kind));
		model.addAttribute("failed", failed);
		model.addAttribute("errors", errors);
		boolean reporter = funds.reportsOn(project, audience);
		// The kinds offered in the form: the agent's own to report, or all but reversals (which
		// have their own action) for NATO staff.
		List<TransactionKind> kinds = Arrays.stream(TransactionKind.values())
			.filter(k -> k != TransactionKind.REVERSAL && (!reporter || k.reportedByAgent()))
			.toList();
		// A blank form starts on a receipt, which an agent does not record: an agent's starts on spending.
		boolean offered = kinds.stream().anyMatch(k -> k.name().equals(transaction.kind()));
		model.addAttribute("transaction",
				reporter && !offered ? transaction.ofKind(TransactionKind.EXPENDITURE) : transaction);
		model.addAttribute("reporter", reporter);
		model.addAttribute("kinds", kinds);
		return "fund/view";
	}

	private static List<TransactionSummary> filter(List<TransactionSummary> transactions, @Nullable TransactionKind kind) {
		return transactions.stream().filter(t -> kind == null || t.kind() == kind).toList();
	}

	@PostMapping("/fund-projects/{id}/moves/{move}")
	String move(@PathVariable UUID id, @PathVariable("move") String slug, @RequestParam long version,
			@RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "") String reason, Audience audience,
			Model model) {
		Move move = Move.fromSlug(slug).orElseThrow(() -> new org.liaison.shared.RecordNotFoundException("action", slug));
		ProjectSummary project = funds.project(id, audience);
		try {
			funds.move(id, version, move, PartialDate.parseOrNull(on), reason);
		}
		catch (IllegalArgumentException ex) {
			return view(model, project, audience, null, "move-" + slug, FormErrors.of(InvalidInputException.of("on", ex.getMessage())),
					TransactionForm.blank(project.currency().getCurrencyCode()));
		}
		catch (InvalidInputException ex) {
			return view(model, project, audience, null, "move-" + slug, FormErrors.of(ex),
					TransactionForm.blank(project.currency().getCurrencyCode()));
		}
		return "redirect:/fund-projects/" + id;
	}

	@PostMapping("/fund-projects/{id}/transactions")
	String addTransaction(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("transaction") TransactionForm form,
			Audience audience, Model model) {
		ProjectSummary project = funds.project(id, audience);
		List<Problem> problems = new ArrayList<>();
		TransactionData data = form.toData(problems);
		if (data != null) {
			validate(data, problems);
			problems.addAll(data.problems());
		}
		try {
			if (problems.isEmpty() && data != null) {
				funds.addTransaction(id, version, data, audience);
				return "redirect:/fund-projects/" + id;
			}
		}
		catch (InvalidInputException ex) {
			problems.addAll(ex.problems());
		}
		catch (RuleViolationException ex) {
			problems.add(new Problem("amount", ex.getMessage()));
		}
		return view(model, project, audience, null, "transaction", FormErrors.of(new InvalidInputException(problems.stream()
			.map(p -> p.field().equals("nation") || p.field().equals("organisation") ? new Problem("party", p.message()) : p)
			.toList())), form);
	}

	@PostMapping("/fund-projects/{id}/transactions/{transactionId}/reversal")
	String reverse(@PathVariable UUID id, @PathVariable UUID transactionId, @RequestParam(defaultValue = "") String reason,
			Audience audience, Model model) {
		ProjectSummary project = funds.project(id, audience);
		try {
			funds.reverse(id, transactionId, reason, audience);
		}
		catch (InvalidInputException ex) {
			return view(model, project, audience, null, "reverse-" + transactionId, FormErrors.of(ex),
					TransactionForm.blank(project.currency().getCurrencyCode()));
		}
		catch (RuleViolationException ex) {
			return view(model, project, audience, null, "reverse-" + transactionId,
					FormErrors.of(InvalidInputException.of("reason", ex.getMessage())),
					TransactionForm.blank(project.currency().getCurrencyCode()));
		}
		return "redirect:/fund-projects/" + id;
	}

	@PostMapping("/fund-projects/{id}/outputs/{item}/values")
	String recordValue(@PathVariable UUID id, @PathVariable String item, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "") String on,
			@RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String source,
			Audience audience, Model model) {
		ProjectSummary project = funds.project(id, audience);
		List<Problem> problems = new ArrayList<>();
		PartialDate date = null;
		try {
			date = PartialDate.parse(on);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("on", ex.getMessage()));
		}
		BigDecimal amount = null;
		try {
			amount = new BigDecimal(value.strip());
			if (amount.signum() < 0) {
				problems.add(new Problem("value", "A value achieved is zero or more"));
			}
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem("value", "'" + value + "' is not a number"));
		}
		if (problems.isEmpty()) {
			validate(new OutputValueData(date, amount, source), problems);
		}
		if (problems.isEmpty()) {
			try {
				funds.recordOutputValue(id, version, item, new OutputValueData(date, amount, source), audience);
				return "redirect:/fund-projects/" + id;
			}
			catch (InvalidInputException ex) {
				problems.addAll(ex.problems());
			}
		}
		return view(model, project, audience, null, "output-" + item, FormErrors.of(new InvalidInputException(problems)),
				TransactionForm.blank(project.currency().getCurrencyCode()));
	}

	@PostMapping("/fund-projects/{id}/outputs")
	String defineOutput(@PathVariable UUID id, @RequestParam(required = false) Long version,
			@RequestParam(defaultValue = "") String item,
			@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String unit,
			@RequestParam(defaultValue = "") String baseline, @RequestParam(defaultValue = "") String target,
			Audience audience, Model model) {
		ProjectSummary project = funds.project(id, audience);
		List<Problem> problems = new ArrayList<>();
		BigDecimal baselineValue = number(baseline, "baseline", problems);
		BigDecimal targetValue = number(target, "target", problems);
		OutputData data = new OutputData(item.strip(), label, unit, baselineValue, targetValue, List.of());
		validate(data, problems);
		if (problems.isEmpty()) {
			funds.defineOutput(id, version, data);
			return "redirect:/fund-projects/" + id;
		}
		return view(model, project, audience, null, "define-output", FormErrors.of(new InvalidInputException(problems)),
				TransactionForm.blank(project.currency().getCurrencyCode()));
	}

	private static @Nullable BigDecimal number(String text, String field, List<Problem> problems) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem(field, "'" + text + "' is not a number"));
			return null;
		}
	}

	// Exchange rates (reference data)

	@GetMapping("/exchange-rates")
	String rates(Model model) {
		return rates(model, FormErrors.none(), "", "", "", "");
	}

	@PostMapping("/exchange-rates")
	String addRate(@RequestParam(defaultValue = "") String currency, @RequestParam(defaultValue = "") String base,
			@RequestParam(defaultValue = "") String validFrom, @RequestParam(defaultValue = "") String rate, Model model) {
		List<Problem> problems = new ArrayList<>();
		Currency from = currency(currency, "currency", problems);
		Currency to = currency(base, "base", problems);
		java.time.LocalDate date = null;
		try {
			date = java.time.LocalDate.parse(validFrom.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			problems.add(new Problem("validFrom", "A date is written as 2013-07-15"));
		}
		BigDecimal value = number(rate, "rate", problems);
		if (value == null && !problems.stream().anyMatch(p -> p.field().equals("rate"))) {
			problems.add(new Problem("rate", "Give the rate"));
		}
		if (problems.isEmpty()) {
			org.liaison.fund.ExchangeRateData data = new org.liaison.fund.ExchangeRateData(from, to, date, value);
			validate(data, problems);
			if (problems.isEmpty()) {
				try {
					funds.addExchangeRate(data);
					return "redirect:/exchange-rates";
				}
				catch (InvalidInputException ex) {
					problems.addAll(ex.problems());
				}
			}
		}
		return rates(model, FormErrors.of(new InvalidInputException(problems)), currency, base, validFrom, rate);
	}

	private static @Nullable Currency currency(String code, String field, List<Problem> problems) {
		try {
			return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(field, "'" + code + "' is not an ISO 4217 currency code, such as EUR"));
			return null;
		}
	}

	private String rates(Model model, FormErrors errors, String currency, String base, String validFrom, String rate) {
		model.addAttribute("rates", funds.exchangeRates());
		model.addAttribute("errors", errors);
		model.addAttribute("values", java.util.Map.of("currency", currency, "base", base, "validFrom", validFrom, "rate", rate));
		return "fund/rates";
	}

	// Project forms

	@GetMapping("/partners/{code}/funds/new")
	String add(@PathVariable NationCode code, Model model) {
		partners.nation(code);
		return form(model, code, null, ProjectForm.blank(), FormErrors.none());
	}

	@PostMapping("/partners/{code}/funds")
	String add(@PathVariable NationCode code, @ModelAttribute("form") ProjectForm form, BindingResult result, Model model) {
		List<Problem> problems = new ArrayList<>();
		ProjectData data = check(form, result, problems);
		if (!problems.isEmpty()) {
			return form(model, code, null, form, errors(problems));
		}
		try {
			return "redirect:/fund-projects/" + funds.add(code, data).id();
		}
		catch (InvalidInputException ex) {
			return form(model, code, null, form, errors(ex.problems()));
		}
	}

	@GetMapping("/fund-projects/{id}/edit")
	String edit(@PathVariable UUID id, Audience audience, Model model) {
		ProjectSummary project = funds.project(id, audience);
		return form(model, project.partner(), project, ProjectForm.of(project.toData()), FormErrors.none());
	}

	@PostMapping("/fund-projects/{id}")
	String revise(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") ProjectForm form,
			BindingResult result, Audience audience, Model model) {
		ProjectSummary project = funds.project(id, audience);
		List<Problem> problems = new ArrayList<>();
		ProjectData data = check(form, result, problems);
		if (!problems.isEmpty()) {
			return form(model, project.partner(), project, form, errors(problems));
		}
		try {
			funds.revise(id, version, data);
		}
		catch (InvalidInputException ex) {
			return form(model, project.partner(), project, form, errors(ex.problems()));
		}
		return "redirect:/fund-projects/" + id;
	}

	@PostMapping("/fund-projects/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, Audience audience, HttpServletRequest request) {
		ProjectSummary project = funds.project(id, audience);
		funds.delete(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + project.partner() + "/funds");
	}

	private ProjectData check(ProjectForm form, BindingResult result, List<Problem> problems) {
		FormErrors.of(result).all().forEach((field, message) -> problems.add(new Problem(field, message)));
		ProjectData data = form.toData(problems);
		validate(data, problems);
		problems.addAll(data.problems());
		return data;
	}

	private <T> void validate(T data, List<Problem> problems) {
		for (ConstraintViolation<T> violation : validator.validate(data)) {
			problems.add(new Problem(violation.getPropertyPath().toString(), violation.getMessage()));
		}
	}

	/** Problems by form field: those of a lead nation or a phase belong to the field that holds them all. */
	private static FormErrors errors(List<Problem> problems) {
		return FormErrors.of(new InvalidInputException(problems.stream()
			.map(p -> p.field().startsWith("phases") ? new Problem("phases", p.message())
					: p.field().startsWith("leadNations") ? new Problem("leadNations", p.message()) : p)
			.toList()));
	}

	private String form(Model model, NationCode partner, @Nullable ProjectSummary project, ProjectForm form,
			FormErrors errors) {
		model.addAttribute("partner", partner);
		model.addAttribute("partnerName", partners.nation(partner).name());
		model.addAttribute("project", project);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "fund/form";
	}

}
