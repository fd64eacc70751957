package org.liaison.activity;

import java.util.Set;

/**
 * The lifecycle of a participation request:
 * {@code REQUESTED → APPROVED / WAITLISTED / DECLINED}, a waitlisted request is approved
 * when seats free up, and an approved one ends {@code ATTENDED}, {@code NO_SHOW} or
 * {@code WITHDRAWN}.
 */
public enum RequestStatus {

	REQUESTED, APPROVED, WAITLISTED, DECLINED, ATTENDED, NO_SHOW, WITHDRAWN;

	public Set<RequestStatus> next() {
		return switch (this) {
			case REQUESTED -> Set.of(APPROVED, WAITLISTED, DECLINED, WITHDRAWN);
			case WAITLISTED -> Set.of(APPROVED, WAITLISTED, DECLINED, WITHDRAWN);
			case APPROVED -> Set.of(ATTENDED, NO_SHOW, WITHDRAWN, DECLINED);
			case DECLINED, ATTENDED, NO_SHOW, WITHDRAWN -> Set.of();
		};
	}

	/** Whether the request holds seats of its event. */
	public boolean holdsSeats() {
		return this == APPROVED || this == ATTENDED || this == NO_SHOW;
	}

	/** Whether the request is still waiting for, or holding, a place. */
	public boolean isOpen() {
		return this == REQUESTED || this == APPROVED || this == WAITLISTED;
	}

}
