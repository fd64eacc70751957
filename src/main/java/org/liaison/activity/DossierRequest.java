package org.liaison.activity;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;

/**
 * A partner's request as a dossier records it: its event named by the activity's
 * reference, first day and place, with its status, outcome and times as they were.
 */
public record DossierRequest(String activityRef, LocalDate eventStart, String eventCity, NationCode eventNation,
		RequestData data, RequestStatus status, @Nullable String reason, @Nullable Integer rating,
		@Nullable String feedback, Instant requestedAt, Instant updatedAt) {
}
