package org.liaison.activity;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;

/**
 * An event as read, with its activity and its fill: seats approved (held by approved,
 * attended or no-show requests) and seats waitlisted.
 */
public record EventSummary(UUID id, UUID activityId, String activityRef, String activityTitle, String area,
		String provider, Releasability releasability, LocalDate start, LocalDate end, String city, NationCode nation,
		int seats, String language, @Nullable LocalDate deadline, EventStatus status, boolean milestone,
		@Nullable String milestoneText, @Nullable String cancelReason, boolean illustrative, int approved,
		int waitlisted, Instant updatedAt, long version) implements Versioned {

	public EventData toData() {
		return new EventData(start, end, city, nation, seats, language, deadline, milestone, milestoneText,
				illustrative);
	}

	public int free() {
		return Math.max(0, seats - approved);
	}

	/** Percentage of the seats approved, 0 to 100. */
	public int fillPercent() {
		return seats == 0 ? 0 : Math.min(100, approved * 100 / seats);
	}

}
