package org.liaison.activity;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.liaison.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The window of a calendar feed from a request's {@code from} and {@code to}. */
class CalendarWindowTests {

	private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);

	@Test
	void withoutDatesTheWindowIsAYearBackAndTwoYearsAhead() {
		assertThat(CalendarWindow.requested(null, null, TODAY))
			.isEqualTo(new CalendarWindow(LocalDate.of(2026, 3, 15), LocalDate.of(2029, 3, 15)));
		assertThat(CalendarWindow.requested(" ", "", TODAY)).isEqualTo(CalendarWindow.requested(null, null, TODAY));
	}

	@Test
	void withOneEndTheOtherIsThreeYearsAway() {
		assertThat(CalendarWindow.requested("2030-01-01", null, TODAY))
			.isEqualTo(new CalendarWindow(LocalDate.of(2030, 1, 1), LocalDate.of(2033, 1, 1)));
		assertThat(CalendarWindow.requested(null, "2030-01-01", TODAY))
			.isEqualTo(new CalendarWindow(LocalDate.of(2027, 1, 1), LocalDate.of(2030, 1, 1)));
	}

	@Test
	void aWindowMayBeOneDayOrFiveYearsButNotADayMore() {
		assertThat(CalendarWindow.requested("2030-01-01", "2030-01-01", TODAY).to())
			.isEqualTo(LocalDate.of(2030, 1, 1));
		assertThat(CalendarWindow.requested("2030-01-01", "2035-01-01", TODAY).to())
			.isEqualTo(LocalDate.of(2035, 1, 1));
		assertThatThrownBy(() -> CalendarWindow.requested("2030-01-01", "2035-01-02", TODAY)).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.problems()).singleElement()
					.satisfies(problem -> assertThat(problem.field()).isEqualTo("to"))
					.satisfies(problem -> assertThat(problem.message()).contains("2030-01-01 to 2035-01-01")));
	}

	@Test
	void bothMalformedDaysAreNamedAtOnce() {
		assertThatThrownBy(() -> CalendarWindow.requested("2030-02-30", "next week", TODAY)).isInstanceOfSatisfying(
				InvalidInputException.class,
				ex -> assertThat(ex.problems()).extracting(InvalidInputException.Problem::field)
					.containsExactly("from", "to"));
	}

	@Test
	void aWindowEndingBeforeItStartsIsRefusedAtTo() {
		assertThatThrownBy(() -> new CalendarWindow(LocalDate.of(2030, 1, 2), LocalDate.of(2030, 1, 1)))
			.isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.getMessage())
				.isEqualTo("to (2030-01-01) is before from (2030-01-02): to takes a day on or after from"));
	}

}
