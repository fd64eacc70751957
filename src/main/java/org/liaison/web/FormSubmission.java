package org.liaison.web;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordData;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

/**
 * What every page form does with a submission, written once: the values that could not be
 * read, the form's own problems, the data's constraints and the rules that tie its fields
 * together are gathered at once; with any of them, or when the module refuses the input,
 * the form is shown again with each problem beside its field and nothing is written.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FormSubmission {

	private final Validator validator;

	/**
	 * A form whose fields are the data itself ({@code @Valid @ModelAttribute SomeData}).
	 * @param action the write, answering the view to go to (a redirect)
	 * @param form the form again, with the problems found
	 */
	public String submit(BindingResult binding, Supplier<String> action, Function<FormErrors, String> form) {
		if (binding.hasErrors()) {
			return form.apply(FormErrors.of(binding));
		}
		return attempt(action, form);
	}

	/**
	 * A form that reads into data ({@code form::toData}, adding what it cannot read to
	 * the problems); the data is then validated as a whole before the write is attempted.
	 */
	public <D> String submit(BindingResult binding, Function<List<Problem>, D> toData, Function<D, String> action,
			Function<FormErrors, String> form) {
		return attempt(problems -> {
			FormErrors.of(binding).all().forEach((field, message) -> problems.add(new Problem(field, message)));
			D data = toData.apply(problems);
			problems.addAll(problems(data));
			return data;
		}, action, form);
	}

	/**
	 * Data read by hand from a form's fields, with the problems of its constraints and
	 * rules added to those of the reading; none when it could not be read at all.
	 */
	public <D> @Nullable D validated(@Nullable D data, List<Problem> problems) {
		if (data != null) {
			problems.addAll(problems(data));
		}
		return data;
	}

	/**
	 * Every problem of the data: its fields' constraints, then the rules that tie them
	 * together.
	 */
	public List<Problem> problems(Object data) {
		List<Problem> problems = new ArrayList<>();
		for (ConstraintViolation<Object> violation : validator.validate(data)) {
			problems.add(new Problem(violation.getPropertyPath().toString(), violation.getMessage()));
		}
		if (data instanceof RecordData record) {
			problems.addAll(record.problems());
		}
		return problems;
	}

	/**
	 * A date typed in a form field, its problem added to the others rather than thrown,
	 * for forms that read every field before they answer; none when blank or unreadable.
	 */
	public static @Nullable PartialDate date(String field, @Nullable String text, List<Problem> problems) {
		try {
			return PartialDate.parseOrNull(text);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem(field, ex.getMessage()));
			return null;
		}
	}

	/**
	 * A value typed in a form field, read by {@code parse} from the stripped text; when
	 * it cannot be read, the problem {@code problem} words from that text is added to the
	 * others. A blank field is no value and no problem: whether one is needed is the
	 * data's rule.
	 */
	public static <T> @Nullable T read(String field, @Nullable String text, Function<String, T> parse,
			Function<String, String> problem, List<Problem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String typed = text.strip();
		try {
			return parse.apply(typed);
		}
		catch (IllegalArgumentException | DateTimeException ex) {
			problems.add(new Problem(field, problem.apply(typed)));
			return null;
		}
	}

	/** A date typed in a form field ("2009", "April 2011"); none when blank. */
	public static @Nullable PartialDate date(String field, String text) {
		try {
			return PartialDate.parseOrNull(text);
		}
		catch (IllegalArgumentException ex) {
			throw InvalidInputException.of(field, ex.getMessage());
		}
	}

	/**
	 * A form read by hand, field by field: {@code toData} adds every problem it finds to
	 * the list (data it could not read at all is one of them); with any, the form again
	 * with all of them, else the write, whose refusal of the input is shown on the form
	 * as well.
	 */
	public static <D> String attempt(Function<List<Problem>, D> toData, Function<D, String> action,
			Function<FormErrors, String> form) {
		List<Problem> problems = new ArrayList<>();
		D data = toData.apply(problems);
		if (!problems.isEmpty()) {
			return form.apply(FormErrors.of(new InvalidInputException(problems)));
		}
		return attempt(() -> action.apply(data), form);
	}

	/** A write whose refusal of the input is shown on the form it came from. */
	public static String attempt(Supplier<String> action, Function<FormErrors, String> form) {
		try {
			return action.get();
		}
		catch (InvalidInputException ex) {
			return form.apply(FormErrors.of(ex));
		}
	}

}
