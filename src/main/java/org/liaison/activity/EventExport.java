package org.liaison.activity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An event as a partner's dossier carries it: what a person gives of it, the activity it
 * belongs to and where its lifecycle stands; not its fill, which the dossier's requests
 * tell.
 */
public record EventExport(EventData data, String activityRef, EventStatus status, @Nullable String cancelReason,
		Instant updatedAt) {
}
