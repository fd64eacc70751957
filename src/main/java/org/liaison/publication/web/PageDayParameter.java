package org.liaison.publication.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException;

/**
 * The {@code on} parameter of a relations page, the day it is shown as of: read here so
 * that a bad value is answered with the parameter's name and the form it takes, as a page
 * or a problem, never with the parser's own words.
 */
final class PageDayParameter {

	static final String NAME = "on";

	private PageDayParameter() {
	}

	static @Nullable LocalDate read(@Nullable String on) {
		if (on == null || on.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(on.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of(NAME,
					"'" + on + "' is not a day: the parameter on takes a date as YYYY-MM-DD, such as 2017-12-11");
		}
	}

}
