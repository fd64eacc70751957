package org.liaison.shared;

/**
 * A write that would break a rule of the record it touches, such as a lifecycle move that
 * the record's current status does not allow. The message says what was refused and why.
 */
public class RuleViolationException extends RuntimeException {

	public RuleViolationException(String message) {
		super(message);
	}

}
