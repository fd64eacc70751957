package org.liaison.activity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a user may know about their own tokens for a partner's calendar feed: how many are
 * active and since when. The tokens themselves are never kept, so they cannot be shown
 * again.
 */
public record CalendarTokens(int count, @Nullable Instant since) {

	public boolean active() {
		return count > 0;
	}

}
