package org.liaison.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.Test;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;

import static org.assertj.core.api.Assertions.assertThat;

class FormSubmissionTests {

	record Rate(@NotBlank String currency) {
	}

	private final FormSubmission forms = new FormSubmission(Validation.buildDefaultValidatorFactory().getValidator());

	@Test
	void aFormReadByHandWithProblemsComesBackWithAllOfThemAndWritesNothing() {
		AtomicBoolean written = new AtomicBoolean();

		String view = FormSubmission.attempt(problems -> {
			problems.add(new Problem("rate", "Give the rate"));
			problems.add(new Problem("validFrom", "A date is written as 2013-07-15"));
			return null;
		}, data -> {
			written.set(true);
			return "redirect:/exchange-rates";
		}, errors -> "form:" + errors.all().keySet());

		assertThat(view).isEqualTo("form:[rate, validFrom]");
		assertThat(written).isFalse();
	}

	@Test
	void aFormReadWithoutProblemsIsWritten() {
		String view = FormSubmission.attempt(problems -> new Rate("EUR"), rate -> "redirect:/" + rate.currency(),
				errors -> "form");

		assertThat(view).isEqualTo("redirect:/EUR");
	}

	@Test
	void aWriteThatRefusesTheInputShowsWhyOnTheForm() {
		String view = FormSubmission.attempt(problems -> new Rate("EUR"), rate -> {
			throw InvalidInputException.of("currency", "has a rate on that day already");
		}, errors -> "form:" + errors.get("currency"));

		assertThat(view).isEqualTo("form:has a rate on that day already");
	}

	@Test
	void aFieldThatCannotBeReadAddsItsProblemWordedFromWhatWasTyped() {
		List<Problem> problems = new ArrayList<>();

		LocalDate read = FormSubmission.read("dueOn", " 2015-13-01 ", LocalDate::parse,
				typed -> "'" + typed + "' is not a day", problems);

		assertThat(read).isNull();
		assertThat(problems).containsExactly(new Problem("dueOn", "'2015-13-01' is not a day"));
	}

	@Test
	void aFieldIsReadFromItsStrippedText() {
		Integer seats = FormSubmission.read("seats", " 12 ", Integer::valueOf, typed -> "", new ArrayList<>());

		assertThat(seats).isEqualTo(12);
	}

	@Test
	void aBlankFieldIsNoValueAndNoProblem() {
		List<Problem> problems = new ArrayList<>();

		Integer blank = FormSubmission.read("seats", "  ", Integer::valueOf, typed -> "", problems);
		Integer missing = FormSubmission.read("seats", null, Integer::valueOf, typed -> "", problems);

		assertThat(blank).isNull();
		assertThat(missing).isNull();
		assertThat(problems).isEmpty();
	}

	@Test
	void dataReadByHandGetsTheProblemsOfItsConstraintsAndDataNotReadGetsNone() {
		List<Problem> problems = new ArrayList<>();

		assertThat(forms.validated(new Rate(""), problems)).isEqualTo(new Rate(""));
		assertThat(problems).extracting(Problem::field).containsExactly("currency");
		assertThat(forms.<Rate>validated(null, problems)).isNull();
		assertThat(problems).hasSize(1);
	}

}
