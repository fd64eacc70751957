package org.liaison.dialogue;

/**
 * Where a follow-up action stands: {@code OPEN} until it is done or dropped, then closed
 * for good.
 */
public enum ActionStatus {

	OPEN, DONE, DROPPED

}
