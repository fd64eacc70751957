package org.liaison.shared;

import org.jspecify.annotations.Nullable;

/**
 * Optional text as records keep it: trimmed, and absent rather than blank, so that "no
 * policy" is stored one way only and an import of the same data compares equal.
 */
public final class Texts {

	private Texts() {
	}

	public static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
