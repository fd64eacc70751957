package org.liaison.agreement;

import org.liaison.shared.MilestoneEvent;

/**
 * NATO and the partner agreed an agreement.
 */
public record AgreementAgreed(MilestoneFacts facts) implements MilestoneEvent {
}
