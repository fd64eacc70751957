package org.liaison.dialogue;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * A meeting of a joint body as a reader may see it, with its participants, decisions,
 * follow-up actions (each marked overdue or not as of the day it was read) and the plan
 * nodes it reviewed.
 *
 * @param bodyName the body's short name, or its name when it has none
 */
public record MeetingSummary(UUID id, UUID bodyId, String bodyRef, String bodyName, NationCode partner, String ref,
		PartialDate date, @Nullable String place, @Nullable String agenda, List<MeetingParticipant> participants,
		List<String> decisions, List<ActionSummary> actions, List<ReviewedNode> reviewedNodes,
		Releasability releasability, boolean illustrative, Instant updatedAt, long version) implements Versioned {

	public MeetingData toData() {
		return new MeetingData(ref, bodyRef, date, place, agenda, participants, decisions,
				actions.stream().map(ActionSummary::toData).toList(), reviewedNodes, releasability, illustrative);
	}

	public long overdueCount() {
		return actions.stream().filter(ActionSummary::overdue).count();
	}

	public long openCount() {
		return actions.stream().filter(action -> action.status() == ActionStatus.OPEN).count();
	}

}
