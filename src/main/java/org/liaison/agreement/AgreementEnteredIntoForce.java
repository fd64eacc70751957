package org.liaison.agreement;

import org.liaison.shared.MilestoneEvent;

/**
 * An agreement entered into force.
 */
public record AgreementEnteredIntoForce(MilestoneFacts facts) implements MilestoneEvent {
}
