package org.liaison.agreement;

import org.liaison.shared.MilestoneEvent;

/**
 * An agreement was recorded, in whatever status it had reached when it was entered.
 */
public record AgreementRecorded(MilestoneFacts facts) implements MilestoneEvent {
}
