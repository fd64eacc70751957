package org.liaison.dialogue;

import org.liaison.shared.MilestoneEvent;

/**
 * A joint body's record was corrected or completed, or removed (then its facts hold no
 * entry).
 */
public record BodyRevised(MilestoneFacts facts) implements MilestoneEvent {
}
