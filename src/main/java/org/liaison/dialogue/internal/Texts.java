package org.liaison.dialogue.internal;

import org.jspecify.annotations.Nullable;

/**
 * Optional text as stored: trimmed, and absent rather than blank, so that an import that only
 * differs in blanks is recognised as holding the same data.
 */
final class Texts {

	private Texts() {
	}

	static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
