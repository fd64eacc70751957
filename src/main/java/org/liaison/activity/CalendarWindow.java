package org.liaison.activity;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;

/**
 * The days a calendar feed covers, both included: an event is in it when it meets them
 * (starts on or before {@code to} and ends on or after {@code from}). A subscription
 * without dates covers a year back and two ahead, so that a link made before the feed had
 * a window still shows what its subscriber looks at; a window is at most five years, so
 * that no reader can ask for the whole record in one answer.
 */
public record CalendarWindow(LocalDate from, LocalDate to) {

	/** How far back a feed reaches when it is not told. */
	public static final Period DEFAULT_PAST = Period.ofYears(1);

	/** How far ahead a feed reaches when it is not told. */
	public static final Period DEFAULT_AHEAD = Period.ofYears(2);

	/** The longest window a feed answers. */
	public static final Period LONGEST = Period.ofYears(5);

	private static final String SHAPE = "a day as yyyy-mm-dd, such as 2027-03-09";

	public CalendarWindow {
		InvalidInputException.throwIfAny(problems(from, to));
	}

	/**
	 * The window asked for by the {@code from} and {@code to} of a request, either or
	 * both left out: without both, a year before today to two years after; with one end
	 * only, the other is as far from it as in the default window.
	 */
	public static CalendarWindow requested(@Nullable String from, @Nullable String to, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		LocalDate first = day("from", from, problems);
		LocalDate last = day("to", to, problems);
		InvalidInputException.throwIfAny(problems);
		Period length = DEFAULT_PAST.plus(DEFAULT_AHEAD);
		if (first == null && last == null) {
			return new CalendarWindow(today.minus(DEFAULT_PAST), today.plus(DEFAULT_AHEAD));
		}
		if (first == null) {
			return new CalendarWindow(last.minus(length), last);
		}
		return new CalendarWindow(first, last == null ? first.plus(length) : last);
	}

	private static @Nullable LocalDate day(String parameter, @Nullable String value, List<Problem> problems) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(parameter, "'" + value + "' is not a day: " + parameter + " takes " + SHAPE));
			return null;
		}
	}

	private static List<Problem> problems(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			return List.of(new Problem("to",
					"to (" + to + ") is before from (" + from + "): to takes a day on or after from"));
		}
		if (to.isAfter(from.plus(LONGEST))) {
			return List.of(new Problem("to", "the window from " + from + " to " + to + " is longer than "
					+ LONGEST.getYears() + " years: to takes a day from " + from + " to " + from.plus(LONGEST)));
		}
		return List.of();
	}

}
