package org.liaison.agreement;

import org.liaison.shared.MilestoneEvent;

/**
 * An agreement's record was corrected or completed, or removed (then its facts hold no
 * entry).
 */
public record AgreementRevised(MilestoneFacts facts) implements MilestoneEvent {
}
