package org.liaison.activity;

import org.liaison.shared.MilestoneEvent;

/**
 * The milestones an event stands for, published at every change of the event: one, dated
 * its start, when it is flagged as milestone and held; none otherwise (and none when
 * illustrative).
 */
public record EventMilestones(MilestoneFacts facts) implements MilestoneEvent {

	public static final String SOURCE_TYPE = "activity-event";

}
