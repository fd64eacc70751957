package org.liaison.dialogue;

import org.liaison.shared.MilestoneEvent;

/**
 * A joint body was recorded whose date of establishment is not known yet. Its facts still
 * go out, so that the timeline learns of a dissolution date given without an
 * establishment date.
 */
public record BodyRecorded(MilestoneFacts facts) implements MilestoneEvent {
}
