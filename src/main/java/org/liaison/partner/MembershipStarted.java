package org.liaison.partner;

import org.liaison.shared.MilestoneEvent;

/**
 * A partner began a membership of a framework.
 */
public record MembershipStarted(MilestoneFacts facts) implements MilestoneEvent {
}
