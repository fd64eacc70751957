package org.liaison.shared;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;

/**
 * The checks the reference lists share, for callers that do not validate (an import, a
 * page read by hand): the same rules as the data's annotations, each adding its problem
 * to the others so that all are told at once.
 */
public final class ReferenceChecks {

	private ReferenceChecks() {
	}

	/** A code that does not match the list's pattern, told by the message. */
	public static void code(@Nullable String code, String pattern, String message, List<Problem> problems) {
		if (code == null || !code.matches(pattern)) {
			problems.add(new Problem("code", message));
		}
	}

	/**
	 * The names in English ({@code name}) and French ({@code nameFr}) that every item
	 * needs: ‘A kind needs a name in English, of at most 200 characters’.
	 * @param subject the item as the message starts: ‘A kind’
	 */
	public static void names(@Nullable String name, @Nullable String nameFr, int max, String subject,
			List<Problem> problems) {
		text("name", name, max, subject + " needs a name in English, of at most " + max + " characters", problems);
		text("nameFr", nameFr, max, subject + " needs a name in French, of at most " + max + " characters", problems);
	}

	/** A text that is blank or longer than it may be, told by the message. */
	public static void text(String field, @Nullable String text, int max, String message, List<Problem> problems) {
		if (text == null || text.isBlank() || text.strip().length() > max) {
			problems.add(new Problem(field, message));
		}
	}

}
