package org.liaison.fund;

import org.liaison.shared.MilestoneEvent;

/**
 * A project entered execution (launched, or resumed after a suspension).
 */
public record ProjectLaunched(MilestoneFacts facts) implements MilestoneEvent {
}
