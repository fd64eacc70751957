package org.liaison.activity.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.EventSummary;

/** A month as weeks of days from Monday, each day with the events that run on it. */
public record CalendarMonth() {

	/**
	 * A day of the grid; {@code date} is null for the padding before the first and after
	 * the last day.
	 */
	public record Day(@Nullable LocalDate date, List<EventSummary> events) {
	}

	static List<List<Day>> weeks(YearMonth month, List<EventSummary> events) {
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		int padding = month.atDay(1).getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
		for (int i = 0; i < padding; i++) {
			week.add(new Day(null, List.of()));
		}
		for (int d = 1; d <= month.lengthOfMonth(); d++) {
			LocalDate date = month.atDay(d);
			week.add(new Day(date,
					events.stream().filter(e -> !date.isBefore(e.start()) && !date.isAfter(e.end())).toList()));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		if (!week.isEmpty()) {
			while (week.size() < 7) {
				week.add(new Day(null, List.of()));
			}
			weeks.add(week);
		}
		return weeks;
	}

}
