package org.liaison.activity;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;

/**
 * A participation request as read, with the event and activity it is for. When the reader
 * may no longer see that activity (staff made it {@code NATO} after the partner asked),
 * the request is still its partner's to read, but {@code withheld} is true and every fact
 * of the event and the activity (the event's id, the activity's reference, title and
 * area, the dates and the place) is {@code null}: the reader learns that it has a request
 * and where it stands, never what it was for.
 */
public record RequestSummary(UUID id, NationCode partner, @Nullable UUID eventId, @Nullable String activityRef,
		@Nullable String activityTitle, @Nullable String area, @Nullable String areaName,
		@Nullable LocalDate eventStart, @Nullable LocalDate eventEnd, @Nullable String city,
		@Nullable NationCode eventNation, boolean withheld, int seats, int priority, @Nullable String planGoal,
		RequestStatus status, @Nullable String reason, @Nullable Integer rating, @Nullable String feedback,
		List<NomineeData> nominees, Instant requestedAt, boolean illustrative, Instant updatedAt,
		long version) implements Versioned {

	public RequestData toData() {
		return new RequestData(seats, priority, planGoal, nominees, illustrative);
	}

}
