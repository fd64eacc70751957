package org.liaison.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.liaison.shared.InvalidInputException.Problem;

/**
 * What a password must be, after NIST SP 800-63B: long enough, not too long, and not one
 * an attacker tries first (a common password, the username or a variant of it, one
 * character repeated or a run such as 123456). There are no composition rules: any
 * characters are allowed, spaces included, and a phrase of a few unrelated words is the
 * easiest good password to remember. Lengths count characters as a person does (Unicode
 * code points), not Java's UTF-16 units.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	/**
	 * Fewer different characters than this, in a password of at least 12, is a pattern
	 * (aaaa…, abab…, 1212…), not a secret.
	 */
	static final int MIN_DISTINCT = 5;

	/**
	 * The most common passwords, lower-case, one a line: the first ones any attacker
	 * tries.
	 */
	static final String COMMON_PASSWORDS = "identity/common-passwords.txt";

	static final String ALLOWED = "Any characters are allowed, spaces and symbols included: "
			+ "a phrase of three or four unrelated words is long and easy to remember.";

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/** The problems of a new password for the account, under {@code field}. */
	static void check(String field, String password, String username, List<Problem> problems) {
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			problems.add(new Problem(field,
					"A password has at least " + MIN_LENGTH + " characters; this one has " + length + ". " + ALLOWED));
			return;
		}
		if (length > MAX_LENGTH) {
			problems.add(new Problem(field,
					"A password has at most " + MAX_LENGTH + " characters; this one has " + length + ". " + ALLOWED));
			return;
		}
		if (password.isBlank()) {
			problems.add(new Problem(field, "A password cannot be only spaces. " + ALLOWED));
		}
		else if (isPattern(password)) {
			problems.add(new Problem(field, "A password cannot be one character repeated, a few characters over and "
					+ "over, or a run such as 123456 or abcdef: these are guessed first. " + ALLOWED));
		}
		else if (isUsername(password, username)) {
			problems.add(new Problem(field,
					"A password cannot be the username or the username with digits or symbols added. " + ALLOWED));
		}
		else if (isCommon(password)) {
			problems.add(new Problem(field, "This password is on the list of the most common passwords, "
					+ "which attackers try first; choose one nobody else would. " + ALLOWED));
		}
	}

	/**
	 * Too few different characters, or (nearly) every character the same as the one
	 * before or next to it in order: 123456789012, abcdefghijkl, 987654321098.
	 */
	static boolean isPattern(String password) {
		int[] points = password.toLowerCase(Locale.ROOT).codePoints().toArray();
		if (java.util.Arrays.stream(points).distinct().count() < MIN_DISTINCT) {
			return true;
		}
		int jumps = 0;
		for (int i = 1; i < points.length; i++) {
			if (!follows(points[i - 1], points[i])) {
				jumps++;
			}
		}
		// A random password of twelve characters jumps at nearly every step; a run at
		// most once or twice (abcdef123456).
		return jumps < 3;
	}

	private static boolean follows(int previous, int next) {
		int step = Math.abs(next - previous);
		boolean digitsWrap = Character.isDigit(previous) && Character.isDigit(next) && step == 9;
		return step <= 1 || digitsWrap;
	}

	/**
	 * The username, forwards or backwards, once or repeated, with nothing around it but
	 * digits, symbols and spaces.
	 */
	static boolean isUsername(String password, String username) {
		if (username.isBlank()) {
			return false;
		}
		String name = username.strip().toLowerCase(Locale.ROOT);
		String rest = password.toLowerCase(Locale.ROOT);
		if (!rest.contains(name) && !rest.contains(new StringBuilder(name).reverse())) {
			return false;
		}
		rest = rest.replace(name, "").replace(new StringBuilder(name).reverse(), "");
		return rest.codePoints().noneMatch(Character::isLetter);
	}

	/**
	 * On the list as typed, in any case, or once the digits and symbols at its end are
	 * taken off (password1234, Password2024!).
	 */
	static boolean isCommon(String password) {
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || COMMON.contains(lower.strip())) {
			return true;
		}
		int end = lower.length();
		while (end > 0 && !Character.isLetter(lower.charAt(end - 1))) {
			end--;
		}
		return end > 0 && end < lower.length() && COMMON.contains(lower.substring(0, end));
	}

	private static Set<String> load() {
		InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
		if (in == null) {
			throw new IllegalStateException("The list of common passwords is missing: " + COMMON_PASSWORDS);
		}
		Set<String> common = new HashSet<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					common.add(line.strip().toLowerCase(Locale.ROOT));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(common);
	}

}
