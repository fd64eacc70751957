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

	/**
	 * The status a move leads to, as a page's or the API's address names the move:
	 * {@code open}, {@code close}, {@code hold}, {@code cancel}.
	 */
	public static EventStatus reachedBy(String move) {
		return switch (move) {
			case "open" -> OPEN;
			case "close" -> CLOSED;
			case "hold" -> HELD;
			case "cancel" -> CANCELLED;
			default -> throw new IllegalArgumentException("An event moves by open, close, hold or cancel, not " + move);
		};
	}

	/** Whether a partner may still ask for places. */
	public boolean takesRequests() {
		return this == PLANNED || this == OPEN;
	}

}
