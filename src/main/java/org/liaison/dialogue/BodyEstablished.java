package org.liaison.dialogue;

import org.liaison.shared.MilestoneEvent;

/**
 * A joint body was recorded together with the date it was established.
 */
public record BodyEstablished(MilestoneFacts facts) implements MilestoneEvent {
}
