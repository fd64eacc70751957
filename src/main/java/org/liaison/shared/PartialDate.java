package org.liaison.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A date known to the year, the month or the day, as history is often recorded ("2003",
 * "April 2011", "19 April 2013"). Its ISO form ({@code 2003}, {@code 2011-04},
 * {@code 2013-04-19}) sorts correctly as plain text, which is why it is also the stored
 * form: a less precise date comes before every more precise date within it.
 */
public record PartialDate(int year, @Nullable Integer month, @Nullable Integer day) implements Comparable<PartialDate> {

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	public PartialDate {
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException("A year has four digits, not " + year);
		}
		if (day != null && month == null) {
			throw new IllegalArgumentException("A day needs a month");
		}
		if (month != null && (month < 1 || month > 12)) {
			throw new IllegalArgumentException("A month is between 1 and 12, not " + month);
		}
		if (day != null) {
			try {
				LocalDate.of(year, month, day);
			}
			catch (DateTimeException ex) {
				throw new IllegalArgumentException("No such day: " + year + "-" + month + "-" + day);
			}
		}
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(year, null, null);
	}

	public static PartialDate ofMonth(int year, int month) {
		return new PartialDate(year, month, null);
	}

	public static PartialDate of(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/**
	 * Reads the ISO form: {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}.
	 * @throws IllegalArgumentException with a message fit for the person who typed it
	 */
	@JsonCreator
	public static PartialDate parse(String text) {
		Matcher matcher = ISO.matcher(text == null ? "" : text.trim());
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"A date is written as a year (2003), a month (2011-04) or a day (2013-04-19), not '" + text + "'");
		}
		Integer month = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
		Integer day = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
		return new PartialDate(Integer.parseInt(matcher.group(1)), month, day);
	}

	public static @Nullable PartialDate parseOrNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : parse(text);
	}

	public Precision precision() {
		return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
	}

	/** The first day this date may stand for, to compare it with exact dates. */
	public LocalDate firstDay() {
		return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
	}

	/** The last day this date may stand for. */
	public LocalDate lastDay() {
		if (day != null) {
			return firstDay();
		}
		return month != null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
	}

	@JsonValue
	public String iso() {
		return switch (precision()) {
			case YEAR -> String.format("%04d", year);
			case MONTH -> String.format("%04d-%02d", year, month);
			case DAY -> String.format("%04d-%02d-%02d", year, month, day);
		};
	}

	/**
	 * "2003", "April 2011", "19 April 2013" in English; the month name follows the
	 * locale.
	 */
	public String display(Locale locale) {
		return switch (precision()) {
			case YEAR -> String.valueOf(year);
			case MONTH -> monthName(locale) + " " + year;
			case DAY -> day + " " + monthName(locale) + " " + year;
		};
	}

	public String display() {
		return display(Locale.ENGLISH);
	}

	private String monthName(Locale locale) {
		return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
	}

	@Override
	public int compareTo(PartialDate other) {
		return iso().compareTo(other.iso());
	}

	@Override
	public String toString() {
		return iso();
	}

	public enum Precision {

		YEAR, MONTH, DAY

	}

}
