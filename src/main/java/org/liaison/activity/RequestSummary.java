package org.liaison.activity;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;

/** A participation request as read, with the event and activity it is for. */
public record RequestSummary(UUID id, NationCode partner, UUID eventId, String activityRef, String activityTitle,
		String area, String areaName, LocalDate eventStart, LocalDate eventEnd, String city, NationCode eventNation,
		int seats, int priority, @Nullable String planGoal, RequestStatus status, @Nullable String reason,
		@Nullable Integer rating, @Nullable String feedback, List<NomineeData> nominees, Instant requestedAt,
		boolean illustrative, Instant updatedAt, long version) implements Versioned {

	public RequestData toData() {
		return new RequestData(seats, priority, planGoal, nominees, illustrative);
	}

}
