package org.liaison.transit;

/**
 * Where a transit request stands: {@code SUBMITTED → UNDER_REVIEW → APPROVED / REJECTED},
 * withdrawn by its Ally while it is still open, and {@code COMPLETED} once an approved
 * movement has happened.
 */
public enum TransitStatus {

	SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, WITHDRAWN, COMPLETED;

	/** Whether the request waits for NATO's decision. */
	public boolean awaitingDecision() {
		return this == SUBMITTED || this == UNDER_REVIEW;
	}

	/** Whether nothing can happen to the request any more. */
	public boolean closed() {
		return this == REJECTED || this == WITHDRAWN || this == COMPLETED;
	}

}
