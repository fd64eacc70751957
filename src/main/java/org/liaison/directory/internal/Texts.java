package org.liaison.directory.internal;

import org.jspecify.annotations.Nullable;

/**
 * Optional text as stored: trimmed, and absent rather than blank, so that an edit which only
 * adds spaces is no change.
 */
final class Texts {

	private Texts() {
	}

	static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
