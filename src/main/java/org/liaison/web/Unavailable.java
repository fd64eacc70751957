package org.liaison.web;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The database not answering: a pause that passes by itself (the pool reconnects), so it
 * is told as 503 with a time to wait, never as a failure of the request.
 */
final class Unavailable {

	static final String RETRY_AFTER_SECONDS = "5";

	static final String MESSAGE = "Liaison cannot reach its database just now; try again in a few seconds.";

	private Unavailable() {
	}

	/** Whether this failure, or one that caused it, was the database not answering. */
	static boolean isCause(@Nullable Object exception) {
		for (Throwable cause = exception instanceof Throwable throwable ? throwable : null; cause != null; cause = cause
			.getCause()) {
			if (cause instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

}
