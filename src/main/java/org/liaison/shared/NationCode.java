package org.liaison.shared;

import java.util.Locale;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An ISO 3166-1 alpha-3 country code such as {@code SRB}. Input is accepted in any case
 * and kept upper case, so URLs like {@code /partners/srb} and {@code /partners/SRB} name
 * the same nation.
 */
public record NationCode(@JsonValue String value) implements Comparable<NationCode> {

	private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");

	public NationCode {
		if (value == null || !ALPHA_3.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"A nation code has three letters (ISO 3166-1 alpha-3), not '" + value + "'");
		}
	}

	@JsonCreator
	public static NationCode of(String value) {
		return new NationCode(value == null ? "" : value.trim().toUpperCase(Locale.ROOT));
	}

	public static boolean isValid(String value) {
		return value != null && ALPHA_3.matcher(value.trim().toUpperCase(Locale.ROOT)).matches();
	}

	@Override
	public int compareTo(NationCode other) {
		return value.compareTo(other.value);
	}

	@Override
	public String toString() {
		return value;
	}

}
