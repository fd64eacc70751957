package org.liaison.activity;

import java.util.Set;

/**
 * The lifecycle of an event: {@code PLANNED → OPEN → CLOSED → HELD}, or {@code CANCELLED}
 * before it is held.
 */
public enum EventStatus {

	PLANNED, OPEN, CLOSED, HELD, CANCELLED;

	public Set<EventStatus> next() {
		return switch (this) {
			case PLANNED -> Set.of(OPEN, CANCELLED);
			case OPEN -> Set.of(CLOSED, CANCELLED);
			case CLOSED -> Set.of(HELD, CANCELLED);
			case HELD, CANCELLED -> Set.of();
		};
	}

	/** Whether a partner may still ask for places. */
	public boolean takesRequests() {
		return this == PLANNED || this == OPEN;
	}

}
