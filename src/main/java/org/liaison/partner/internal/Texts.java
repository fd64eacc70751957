package org.liaison.partner.internal;

import org.jspecify.annotations.Nullable;

/**
 * Optional text as stored: trimmed, and absent rather than blank.
 */
final class Texts {

	private Texts() {
	}

	static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
