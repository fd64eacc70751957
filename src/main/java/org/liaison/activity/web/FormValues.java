package org.liaison.activity.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.web.FormSubmission;

/**
 * Reads the text of form fields into values. A value that cannot be read adds a problem
 * for its field instead of failing, so that a form reports all its problems at once.
 */
final class FormValues {

	private FormValues() {
	}

	static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String value, String field,
			List<Problem> problems) {
		return FormSubmission.read(field, value, typed -> Enum.valueOf(type, typed.toUpperCase(Locale.ROOT)),
				typed -> "'" + typed + "' is not one of the choices", problems);
	}

	/**
	 * A whole number; one that cannot be read counts as 0, which each of our number
	 * fields refuses anyway.
	 */
	static int wholeNumber(@Nullable String value, String field, List<Problem> problems) {
		try {
			return Integer.parseInt(value == null ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem(field, value == null || value.isBlank() ? "is needed, as a whole number"
					: "'" + value.strip() + "' is not a whole number"));
			return 0;
		}
	}

	static @Nullable LocalDate date(@Nullable String value, String field, List<Problem> problems) {
		return FormSubmission.read(field, value, LocalDate::parse,
				typed -> "'" + typed + "' is not a date such as 2031-03-10", problems);
	}

	static @Nullable NationCode nation(@Nullable String value, String field, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (!NationCode.isValid(value)) {
			problems.add(
					new Problem(field, "'" + value.strip() + "' is not a nation code; write three letters, as in UKR"));
			return null;
		}
		return NationCode.of(value);
	}

	/** Nation codes separated by spaces, commas or semicolons. */
	static List<NationCode> nations(@Nullable String value, String field, List<Problem> problems) {
		List<NationCode> result = new ArrayList<>();
		for (String code : (value == null ? "" : value).split("[,;\\s]+")) {
			if (code.isBlank()) {
				continue;
			}
			if (NationCode.isValid(code)) {
				result.add(NationCode.of(code));
			}
			else {
				problems
					.add(new Problem(field, "'" + code + "' is not a nation code; write three letters, as in SRB MDA"));
			}
		}
		return result;
	}

}
