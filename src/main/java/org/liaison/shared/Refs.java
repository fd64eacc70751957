package org.liaison.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Natural keys of records. Every partnership record has a {@code ref}, unique within its
 * partner (organisations: unique overall), that stays the same across installations: the
 * dossier refers to records by it, never by database ids. A person may leave it empty and
 * get one made from the record's title.
 */
public final class Refs {

	public static final String PATTERN = "[a-z0-9][a-z0-9-]{0,59}";

	private static final Pattern VALID = Pattern.compile(PATTERN);

	private Refs() {
	}

	public static boolean isValid(String ref) {
		return ref != null && VALID.matcher(ref).matches();
	}

	/**
	 * "Individual Partnership Action Plan (2015)" becomes
	 * "individual-partnership-action-plan-2015".
	 */
	public static String from(String title) {
		String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String ref = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (ref.length() > 60) {
			ref = ref.substring(0, 60).replaceAll("-+$", "");
		}
		return ref.isEmpty() ? "record" : ref;
	}

	/** The ref given, or one made from the title when none was given. */
	public static String orFrom(String ref, String title) {
		return ref == null || ref.isBlank() ? from(title) : ref.strip();
	}

}
