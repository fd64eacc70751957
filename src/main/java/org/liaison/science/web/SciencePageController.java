package org.liaison.science.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.science.GrantSummary;
import org.liaison.science.PrioritySummary;
import org.liaison.science.ReportData;
import org.liaison.science.ReportDue;
import org.liaison.science.ScienceService;
import org.liaison.science.GrantMove;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.web.FormErrors;
import org.liaison.web.FormPage;
import org.liaison.web.FormSubmission;
import org.liaison.web.Htmx;
import org.liaison.web.Options;
import org.springframework.context.MessageSource;
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
 * Pages of the science module: a partner's grants with their report deadlines, one grant
 * with its directors, money, priorities, the lifecycle moves its status allows and its
 * report schedule, and the forms. Every form shows its problems beside the fields and
 * changes nothing until all of them are mended. Pages read through the reader's audience.
 */
@Controller
record SciencePageController(ScienceService science, PartnerService partners, FormSubmission forms,
		MessageSource messages) {

	@GetMapping("/partners/{code}/science-grants")
	String list(@PathVariable NationCode code, PageOf.Request page, Audience audience, Model model,
			HttpServletRequest request) {
		model.addAttribute("partner", code);
		model.addAttribute("partnerName", partners.nation(code).name());
		model.addAttribute("grants", science.grants(code, audience, page));
		model.addAttribute("today", science.today());
		return Htmx.view(request, "science/grantList", "science/grantTable");
	}

	@GetMapping("/science-grants/{id}")
	String view(@PathVariable UUID id, Audience audience, Model model) {
		return view(science.grant(id, audience), null).show(model, FormErrors.none());
	}

	@PostMapping("/science-grants/{id}/{move:" + GrantMove.SLUGS + "}")
	String move(@PathVariable UUID id, @PathVariable("move") String slug, @RequestParam long version,
			@RequestParam(defaultValue = "") String on, @RequestParam(defaultValue = "") String reason,
			Audience audience, Model model) {
		GrantMove move = LifecycleMove.fromSlug(GrantMove.class, slug).orElseThrow();
		return FormSubmission.attempt(() -> {
			science.move(id, version, move, FormSubmission.date("on", on), reason);
			return "redirect:/science-grants/" + id;
		}, errors -> view(science.grant(id, audience), move).show(model, errors));
	}

	/** The grant's page, with its report schedule and the move that failed. */
	private FormPage view(GrantSummary grant, @Nullable GrantMove failedMove) {
		return FormPage.of("science/grant")
			.with("grant", grant)
			.with("partnerName", partners.nation(grant.partner()).name())
			.with("schedule", grant.schedule(science.today()))
			.with("failedMove", failedMove);
	}

	// Reports

	@GetMapping("/science-grants/{id}/reports/new")
	String newReport(@PathVariable UUID id, @RequestParam(defaultValue = "") String dueOn, Audience audience,
			Model model) {
		GrantSummary grant = science.grant(id, audience);
		return reportForm(grant, dueOn, science.today().toString(), "").show(model, FormErrors.none());
	}

	@PostMapping("/science-grants/{id}/reports")
	String submitReport(@PathVariable UUID id, @RequestParam(defaultValue = "") String dueOn,
			@RequestParam(defaultValue = "") String submittedOn, @RequestParam(defaultValue = "") String summary,
			Model model) {
		GrantSummary grant = science.grant(id, Audience.alliance());
		List<Problem> problems = new ArrayList<>();
		LocalDate due = day(dueOn, "dueOn", true, problems);
		LocalDate submitted = day(submittedOn, "submittedOn", false, problems);
		if (summary.isBlank()) {
			problems.add(new Problem("summary", "A report needs a summary"));
		}
		if (!problems.isEmpty()) {
			return reportForm(grant, dueOn, submittedOn, summary).show(model,
					FormErrors.of(new InvalidInputException(problems)));
		}
		return FormSubmission.attempt(() -> {
			science.submitReport(id, new ReportData(due, submitted, summary));
			return "redirect:/science-grants/" + id;
		}, errors -> reportForm(grant, dueOn, submittedOn, summary).show(model, errors));
	}

	private static @Nullable LocalDate day(String text, String field, boolean required, List<Problem> problems) {
		if (text.isBlank()) {
			if (required) {
				problems.add(new Problem(field, "Give the date, as 2015-07-01"));
			}
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(field, "A day is written as 2015-07-01, not '" + text + "'"));
			return null;
		}
	}

	/** The report's form, offering the report dates still open (the final one marked). */
	private FormPage reportForm(GrantSummary grant, String dueOn, String submittedOn, String summary) {
		List<ReportDue> open = grant.schedule(science.today())
			.stream()
			.filter(due -> due.status() != ReportDue.Status.SUBMITTED)
			.toList();
		return FormPage.of("science/reportForm")
			.with("grant", grant)
			.with("dueDates", Options.of(open, due -> due.dueOn().toString(), this::dueDate))
			.with("dueOn", dueOn)
			.with("submittedOn", submittedOn)
			.with("summary", summary);
	}

	/** A report date as the select reads it: the final report's says so. */
	private String dueDate(ReportDue due) {
		return due.finalReport() ? messages.getMessage("science.report.finalDue", new Object[] { due.dueOn() },
				LocaleContextHolder.getLocale()) : due.dueOn().toString();
	}

	// Forms

	@GetMapping("/partners/{code}/science-grants/new")
	String add(@PathVariable NationCode code, Model model) {
		partners.nation(code);
		return form(code, null).show(model, GrantForm.blank(code));
	}

	@PostMapping("/partners/{code}/science-grants")
	String add(@PathVariable NationCode code, @ModelAttribute("form") GrantForm form, BindingResult result,
			Model model) {
		return forms.submit(result, form::toData, data -> "redirect:/science-grants/" + science.add(code, data).id(),
				errors -> form(code, null).show(model, form, byFormField(errors)));
	}

	@GetMapping("/science-grants/{id}/edit")
	String edit(@PathVariable UUID id, Audience audience, Model model) {
		GrantSummary grant = science.grant(id, audience);
		return form(grant.partner(), grant).show(model, GrantForm.of(grant.toData()));
	}

	@PostMapping("/science-grants/{id}")
	String revise(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") GrantForm form,
			BindingResult result, Model model) {
		GrantSummary grant = science.grant(id, Audience.alliance());
		return forms.submit(result, form::toData, data -> {
			science.revise(id, version, data);
			return "redirect:/science-grants/" + id;
		}, errors -> form(grant.partner(), grant).show(model, form, byFormField(errors)));
	}

	@PostMapping("/science-grants/{id}/delete")
	String delete(@PathVariable UUID id, @RequestParam long version, HttpServletRequest request) {
		GrantSummary grant = science.grant(id, Audience.alliance());
		science.delete(id, version);
		return Htmx.removedOrRedirect(request, "/partners/" + grant.partner() + "/science-grants");
	}

	/**
	 * The grant's form; its directors' nations are chosen among the allies and among the
	 * others.
	 */
	private FormPage form(NationCode partner, @Nullable GrantSummary grant) {
		Map<Boolean, List<NationSummary>> byAlly = partners.nations()
			.stream()
			.collect(Collectors.partitioningBy(NationSummary::ally));
		return FormPage.of("science/grantForm")
			.with("partner", partner)
			.with("partnerName", partners.nation(partner).name())
			.with("grant", grant)
			.with("allies", nationOptions(byAlly.get(true)))
			.with("partnerNations", nationOptions(byAlly.get(false)))
			.with("priorities", Options.of(science.priorities(), PrioritySummary::code, PrioritySummary::name));
	}

	private static Map<String, String> nationOptions(List<NationSummary> nations) {
		return Options.of(nations, nation -> nation.code().value(), NationSummary::name);
	}

	/** Each problem beside the form field that holds the data's field. */
	private static FormErrors byFormField(FormErrors errors) {
		return FormErrors.of(new InvalidInputException(errors.all()
			.entrySet()
			.stream()
			.map(e -> new Problem(GrantForm.field(e.getKey()), e.getValue()))
			.toList()));
	}

}
