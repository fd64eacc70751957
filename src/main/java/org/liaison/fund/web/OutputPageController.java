package org.liaison.fund.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.OutputData;
import org.liaison.fund.OutputService;
import org.liaison.fund.OutputValueData;
import org.liaison.fund.ProjectService;
import org.liaison.fund.ProjectSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Qualifier;
import org.liaison.web.FormErrors;
import org.liaison.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The forms of a project's outputs, on the project's page: defining an output, which is
 * NATO staff's, and recording the value it achieved, which its executing agent does too.
 */
@Controller
record OutputPageController(OutputService outputs, ProjectService projects, ProjectPage page, FormSubmission forms) {

	@PostMapping("/fund-projects/{id}/outputs/{item}/values")
	String recordValue(@PathVariable UUID id, @PathVariable String item,
			@RequestParam(required = false) @Nullable Long version, @RequestParam(defaultValue = "") String on,
			@RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String source,
			@RequestParam(required = false) @Nullable Qualifier qualifier, Audience audience, Model model) {
		ProjectSummary project = projects.project(id, audience);
		return FormSubmission.attempt(problems -> value(on, value, source, qualifier, problems), data -> {
			outputs.recordOutputValue(id, version, item, data, audience);
			return "redirect:/fund-projects/" + id;
		}, errors -> page.view(model, project, audience, "output-" + item, errors));
	}

	/** The value typed; none when a field cannot be read, each such problem added. */
	private @Nullable OutputValueData value(String on, String value, String source, @Nullable Qualifier qualifier,
			List<Problem> problems) {
		PartialDate date = on.isBlank() ? null : FormSubmission.date("on", on, problems);
		if (on.isBlank()) {
			problems.add(new Problem("on", "Give the date by which the value was achieved"));
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
		return problems.isEmpty() ? forms.validated(new OutputValueData(date, amount, source, qualifier), problems)
				: null;
	}

	@PostMapping("/fund-projects/{id}/outputs")
	String defineOutput(@PathVariable UUID id, @RequestParam(required = false) @Nullable Long version,
			@RequestParam(defaultValue = "") String item, @RequestParam(defaultValue = "") String label,
			@RequestParam(defaultValue = "") String unit, @RequestParam(defaultValue = "") String baseline,
			@RequestParam(defaultValue = "") String target,
			@RequestParam(required = false) @Nullable Qualifier targetQualifier, Audience audience, Model model) {
		ProjectSummary project = projects.project(id, audience);
		List<Problem> problems = new ArrayList<>();
		BigDecimal baselineValue = number(baseline, "baseline", problems);
		BigDecimal targetValue = number(target, "target", problems);
		OutputData data = new OutputData(item.strip(), label, unit, baselineValue, targetValue, List.of(),
				targetQualifier);
		problems.addAll(forms.problems(data));
		if (!problems.isEmpty()) {
			return page.view(model, project, audience, "define-output",
					FormErrors.of(new InvalidInputException(problems)));
		}
		outputs.defineOutput(id, version, data);
		return "redirect:/fund-projects/" + id;
	}

	/** A number typed in a form field; none when blank. */
	static @Nullable BigDecimal number(String text, String field, List<Problem> problems) {
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

}
