package org.liaison.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A part of a year, as sources give a date they know only loosely: "early 2009",
 * "mid-2010", "autumn 2010", "end of 2011", "the third quarter of 2012". Each stands for
 * a span of months, so that it can be compared with exact dates and sorted among them.
 * There is no winter: a winter spans two years, and which one a source means is not a
 * thing to guess.
 */
public enum YearPart {

	EARLY("E", 1, 4, "early %d", "début %d", "early", "début", "debut", "beginning of", "start of", "au début de"),
	MID("M", 5, 8, "mid-%d", "mi-%d", "mid", "mi", "middle of", "milieu de", "au milieu de"),
	LATE("L", 9, 12, "end of %d", "fin %d", "end of", "late", "fin", "fin de", "à la fin de"),
	SPRING("SP", 3, 5, "spring %d", "printemps %d", "spring", "printemps", "au printemps"),
	SUMMER("SU", 6, 8, "summer %d", "été %d", "summer", "été", "ete", "en été"),
	AUTUMN("AU", 9, 11, "autumn %d", "automne %d", "autumn", "fall", "automne", "en automne"),
	Q1("Q1", 1, 3, "first quarter of %d", "premier trimestre %d", "q1", "t1", "first quarter of", "premier trimestre"),
	Q2("Q2", 4, 6, "second quarter of %d", "deuxième trimestre %d", "q2", "t2", "second quarter of",
			"deuxième trimestre"),
	Q3("Q3", 7, 9, "third quarter of %d", "troisième trimestre %d", "q3", "t3", "third quarter of",
			"troisième trimestre"),
	Q4("Q4", 10, 12, "fourth quarter of %d", "quatrième trimestre %d", "q4", "t4", "fourth quarter of",
			"quatrième trimestre"),
	H1("H1", 1, 6, "first half of %d", "premier semestre %d", "h1", "s1", "first half of", "premier semestre"),
	H2("H2", 7, 12, "second half of %d", "second semestre %d", "h2", "s2", "second half of", "second semestre",
			"deuxième semestre");

	private final String code;

	private final int firstMonth;

	private final int lastMonth;

	private final String english;

	private final String french;

	private final List<String> words;

	YearPart(String code, int firstMonth, int lastMonth, String english, String french, String... words) {
		this.code = code;
		this.firstMonth = firstMonth;
		this.lastMonth = lastMonth;
		this.english = english;
		this.french = french;
		this.words = List.of(words);
	}

	/** How the stored form names it, after the first month: {@code 2009-01~E}. */
	public String code() {
		return code;
	}

	public int firstMonth() {
		return firstMonth;
	}

	public int lastMonth() {
		return lastMonth;
	}

	/** "early 2009", "début 2009". */
	public String display(int year, Locale locale) {
		return ("fr".equals(locale.getLanguage()) ? french : english).formatted(year);
	}

	static Optional<YearPart> ofCode(String code) {
		return Arrays.stream(values()).filter(part -> part.code.equals(code)).findFirst();
	}

	/**
	 * The part a person's words name ("early", "mid-", "fin de", "Q3"), in English or
	 * French.
	 */
	static Optional<YearPart> ofWords(String words) {
		String normal = words.toLowerCase(Locale.ROOT).strip().replaceAll("[\\s-]+$", "").replaceAll("\\s+", " ");
		String withoutArticle = normal.replaceFirst("^(the|in the|in) ", "");
		return Arrays.stream(values())
			.filter(part -> part.words.contains(normal) || part.words.contains(withoutArticle))
			.findFirst();
	}

}
