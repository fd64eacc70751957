package org.liaison;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Random letters for the codes and refs tests give their records. The suite shares one
 * database, so two tests must never meet on a code: a UUID's few letters (its digits
 * replaced by one letter) made "XXXXXX" often enough that they did.
 */
public final class TestCodes {

	private TestCodes() {
	}

	/** As many random capital letters. */
	public static String letters(int count) {
		return ThreadLocalRandom.current()
			.ints(count, 'A', 'Z' + 1)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

	/** As many random lower-case letters, for refs. */
	public static String lowerLetters(int count) {
		return letters(count).toLowerCase(Locale.ROOT);
	}

}
