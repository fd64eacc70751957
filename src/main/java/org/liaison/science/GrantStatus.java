package org.liaison.science;

/**
 * Where a grant stands:
 * {@code APPLIED → UNDER_REVIEW → APPROVED / REJECTED → ACTIVE → COMPLETED}.
 */
public enum GrantStatus {

	APPLIED, UNDER_REVIEW, APPROVED, REJECTED, ACTIVE, COMPLETED;

	/**
	 * Whether the grant has been decided on (approved or rejected), whatever became of it
	 * since.
	 */
	public boolean decided() {
		return this == APPROVED || this == REJECTED || this == ACTIVE || this == COMPLETED;
	}

	/**
	 * Whether the grant has started, so that it has a start date and reports fall due.
	 */
	public boolean started() {
		return this == ACTIVE || this == COMPLETED;
	}

}
