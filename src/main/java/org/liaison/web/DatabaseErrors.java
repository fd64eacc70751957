package org.liaison.web;

import java.sql.SQLException;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Tells the database's refusals apart, so that a value the database cannot hold is
 * reported as bad input (400) and only a clash with another record as a conflict (409).
 * The modules validate sizes first; this is the net under that validation.
 */
final class DatabaseErrors {

	static final String VALUE_OUT_OF_RANGE = "A value is too long or too large to be kept; shorten it or check the number.";

	static final String CONFLICT = "The change conflicts with an existing record (a reference or name that must be unique is taken).";

	private DatabaseErrors() {
	}

	/** SQLSTATE class 22 (data exception): a string too long, a number out of range. */
	static boolean isValueOutOfRange(DataIntegrityViolationException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
				return true;
			}
		}
		return false;
	}

}
