package org.liaison.agreement;

import org.liaison.shared.MilestoneEvent;

/**
 * An agreement ended: superseded by another, expired, or terminated, as its status says.
 */
public record AgreementEnded(MilestoneFacts facts, AgreementStatus status) implements MilestoneEvent {
}
