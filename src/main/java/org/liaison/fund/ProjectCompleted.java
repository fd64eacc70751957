package org.liaison.fund;

import org.liaison.shared.MilestoneEvent;

/**
 * A project completed its work.
 */
public record ProjectCompleted(MilestoneFacts facts) implements MilestoneEvent {
}
