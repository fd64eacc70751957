package org.liaison.activity;

import java.time.Instant;

/** An activity as a dossier records it, with its time of last change. */
public record DossierActivity(ActivityData data, Instant updatedAt) {
}
