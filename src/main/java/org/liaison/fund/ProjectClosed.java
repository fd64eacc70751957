package org.liaison.fund;

import org.liaison.shared.MilestoneEvent;

/**
 * A completed project was closed: its accounts are final.
 */
public record ProjectClosed(MilestoneFacts facts) implements MilestoneEvent {
}
