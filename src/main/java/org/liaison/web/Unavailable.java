package org.liaison.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * The database not answering: a pause that passes by itself (the pool reconnects), so it
 * is told as 503 with a time to wait, never as a failure of the request.
 */
final class Unavailable {

	static final String RETRY_AFTER_SECONDS = "5";

	/** SQLSTATE class 08: the connection could not be made, or was lost. */
	private static final String CONNECTION_EXCEPTION = "08";

	static final String MESSAGE = "Liaison cannot reach its database just now; try again in a few seconds.";

	private Unavailable() {
	}

	/**
	 * Whether this failure, or one that caused it, was the database not answering: a
	 * connection that could not be had or broke, at the start of a transaction or in it,
	 * also when the rollback that followed failed too and took the original's place.
	 */
	static boolean isCause(@Nullable Object exception) {
		for (Throwable cause = exception instanceof Throwable throwable ? throwable : null; cause != null; cause = cause
			.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException || cause instanceof SQLException sql
							&& sql.getSQLState() != null && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
				return true;
			}
			if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
					&& isCause(rollback.getApplicationException())) {
				return true;
			}
		}
		return false;
	}

}
