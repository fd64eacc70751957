package org.liaison.dialogue;

import java.util.Arrays;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

/**
 * The moves of a follow-up action: an open action is done or dropped, and only an open
 * one.
 */
@RequiredArgsConstructor
public enum ActionMove {

	DONE("done", ActionStatus.DONE), DROP("drop", ActionStatus.DROPPED);

	private final String slug;

	private final ActionStatus target;

	/** The move's name in URLs: {@code done}, {@code drop}. */
	public String slug() {
		return slug;
	}

	public ActionStatus target() {
		return target;
	}

	public static Optional<ActionMove> fromSlug(String slug) {
		return Arrays.stream(values()).filter(move -> move.slug.equals(slug)).findFirst();
	}

}
