package org.liaison.agreement;

import org.liaison.shared.MilestoneEvent;

/**
 * The partner submitted an agreement to NATO.
 */
public record AgreementSubmitted(MilestoneFacts facts) implements MilestoneEvent {
}
