package org.liaison.dialogue;

import java.util.UUID;

import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * A follow-up action with the meeting and body that set it, for a partner's list of
 * actions (such as those overdue).
 *
 * @param bodyName the body's short name, or its name when it has none
 * @param releasability the meeting's
 */
public record PartnerAction(ActionSummary action, UUID meetingId, String meetingRef, PartialDate meetingDate,
		UUID bodyId, String bodyName, Releasability releasability) {
}
