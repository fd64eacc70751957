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
 * A date known to the year, a part of the year, the month or the day, as history is
 * recorded ("2003", "early 2009", "April 2011", "19 April 2013"). Its stored form
 * ({@code 2003}, {@code 2009-01~E}, {@code 2011-04}, {@code 2013-04-19}) sorts correctly
 * as plain text: a less precise date comes before the more precise dates within it, and a
 * part of a year stands just after the first month it may be.
 *
 * @param part the part of the year, for a date known no closer than that (then no month
 * nor day)
 */
public record PartialDate(int year, @Nullable Integer month, @Nullable Integer day,
		@Nullable YearPart part) implements Comparable<PartialDate> {

	private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})|~([A-Z0-9]{1,2}))?)?");

	private static final Pattern WORDS = Pattern.compile("(.+?)\\s*(\\d{4})");

	public PartialDate {
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException("A year has four digits, not " + year);
		}
		if (part != null && (month != null || day != null)) {
			throw new IllegalArgumentException("A date known to a part of the year has no month nor day");
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

	public PartialDate(int year, @Nullable Integer month, @Nullable Integer day) {
		this(year, month, day, null);
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(year, null, null);
	}

	public static PartialDate ofPart(int year, YearPart part) {
		return new PartialDate(year, null, null, part);
	}

	public static PartialDate ofMonth(int year, int month) {
		return new PartialDate(year, month, null);
	}

	public static PartialDate of(LocalDate date) {
		return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
	}

	/**
	 * Reads the stored form ({@code yyyy}, {@code yyyy-MM}, {@code yyyy-MM-dd},
	 * {@code yyyy-MM~E}) or a part of a year as people write it, in English or French
	 * ("early 2009", "mid-2010", "end of 2011", "autumn 2010", "Q3 2012", "début 2009",
	 * "fin 2011").
	 * @throws IllegalArgumentException with a message fit for the person who typed it
	 */
	@JsonCreator
	public static PartialDate parse(String text) {
		String given = text == null ? "" : text.strip();
		Matcher matcher = ISO.matcher(given);
		if (matcher.matches()) {
			int year = Integer.parseInt(matcher.group(1));
			Integer month = matcher.group(2) == null ? null : Integer.valueOf(matcher.group(2));
			if (matcher.group(4) != null) {
				YearPart part = YearPart.ofCode(matcher.group(4))
					.filter(candidate -> month != null && candidate.firstMonth() == month)
					.orElseThrow(() -> refused(given));
				return ofPart(year, part);
			}
			Integer day = matcher.group(3) == null ? null : Integer.valueOf(matcher.group(3));
			return new PartialDate(year, month, day);
		}
		Matcher words = WORDS.matcher(given);
		if (words.matches()) {
			YearPart part = YearPart.ofWords(words.group(1)).orElseThrow(() -> refused(given));
			return ofPart(Integer.parseInt(words.group(2)), part);
		}
		throw refused(given);
	}

	private static IllegalArgumentException refused(String text) {
		return new IllegalArgumentException(
				"A date is written as a year (2003), a part of a year (early 2009, mid-2010, "
						+ "autumn 2010, end of 2011, Q3 2012), a month (2011-04) or a day (2013-04-19), not '" + text
						+ "'");
	}

	public static @Nullable PartialDate parseOrNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : parse(text);
	}

	public Precision precision() {
		return day != null ? Precision.DAY
				: month != null ? Precision.MONTH : part != null ? Precision.PART : Precision.YEAR;
	}

	/** The first day this date may stand for, to compare it with exact dates. */
	public LocalDate firstDay() {
		if (part != null) {
			return LocalDate.of(year, part.firstMonth(), 1);
		}
		return LocalDate.of(year, month == null ? 1 : month, day == null ? 1 : day);
	}

	/** The last day this date may stand for. */
	public LocalDate lastDay() {
		if (day != null) {
			return firstDay();
		}
		if (part != null) {
			return YearMonth.of(year, part.lastMonth()).atEndOfMonth();
		}
		return month != null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
	}

	/**
	 * Whether two dates of one record, both known, are surely out of order: the one that
	 * should come later ends before the earlier one begins. Dates that may overlap
	 * ("2009" and "March 2009") are not out of order.
	 */
	public static boolean outOfOrder(@Nullable PartialDate earlier, @Nullable PartialDate later) {
		return earlier != null && later != null && later.lastDay().isBefore(earlier.firstDay());
	}

	@JsonValue
	public String iso() {
		return switch (precision()) {
			case YEAR -> String.format("%04d", year);
			case PART -> String.format("%04d-%02d~%s", year, part.firstMonth(), part.code());
			case MONTH -> String.format("%04d-%02d", year, month);
			case DAY -> String.format("%04d-%02d-%02d", year, month, day);
		};
	}

	/**
	 * "2003", "early 2009", "April 2011", "19 April 2013" in English; "début 2009",
	 * "avril 2011" in French.
	 */
	public String display(Locale locale) {
		return switch (precision()) {
			case YEAR -> String.valueOf(year);
			case PART -> part.display(year, locale);
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

		YEAR, PART, MONTH, DAY

	}

}
