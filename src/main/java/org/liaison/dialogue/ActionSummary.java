package org.liaison.dialogue;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up action of a meeting as a reader may see it.
 *
 * @param overdue whether it is still open after its due day, as of the day it was read
 */
public record ActionSummary(UUID id, String text, @Nullable String owner, @Nullable LocalDate dueOn,
		ActionStatus status, @Nullable LocalDate completedOn, boolean overdue) {

	public ActionData toData() {
		return new ActionData(text, owner, dueOn, status, completedOn);
	}

	/** Whether an action in this state is overdue on the given day. */
	public static boolean overdue(ActionStatus status, @Nullable LocalDate dueOn, LocalDate today) {
		return status == ActionStatus.OPEN && dueOn != null && dueOn.isBefore(today);
	}

}
