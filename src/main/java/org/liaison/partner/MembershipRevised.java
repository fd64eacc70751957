package org.liaison.partner;

import org.liaison.shared.MilestoneEvent;

/**
 * A membership's record was corrected or completed, or removed (then its facts hold no
 * entry).
 */
public record MembershipRevised(MilestoneFacts facts) implements MilestoneEvent {
}
