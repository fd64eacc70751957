package org.liaison.fund;

import org.liaison.shared.MilestoneEvent;

/**
 * A project was recorded, corrected, moved in another way, had its ledger or outputs
 * changed, or was removed (then its facts hold no entry).
 */
public record ProjectRevised(MilestoneFacts facts) implements MilestoneEvent {
}
