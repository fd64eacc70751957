package org.liaison.dialogue.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.dialogue.ActionStatus;
import org.liaison.shared.NationCode;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** The rows a meeting owns, in its order (the list index is their position). */
final class MeetingRows {

	private MeetingRows() {
	}

	@Table("dialogue_meeting_participant")
	record Participant(String name, @Nullable NationCode nation) {
	}

	@Table("dialogue_meeting_decision")
	record Decision(String text) {
	}

	@Table("dialogue_meeting_reviewed_node")
	record Node(String planRef, String nodeCode) {
	}

	/**
	 * A follow-up action. Its {@code actionId} is not the row's key (rows are rewritten
	 * with the meeting) but stays the same for as long as the action exists.
	 */
	@Table("dialogue_meeting_action")
	record Action(@Column("action_id") UUID actionId, String text, @Nullable String owner, @Nullable LocalDate dueOn,
			ActionStatus status, @Nullable LocalDate completedOn) {
	}

}
