package org.liaison.timeline;

import java.time.Instant;

/** A milestone written by hand as a dossier records it, with its time of last change. */
public record DossierMilestone(MilestoneData data, Instant updatedAt) {
}
