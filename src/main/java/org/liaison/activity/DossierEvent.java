package org.liaison.activity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An event as a dossier records it: named by its activity's reference, with its status as
 * it was and its time of last change.
 */
public record DossierEvent(String activityRef, EventData data, EventStatus status, @Nullable String cancelReason,
		Instant updatedAt) {
}
