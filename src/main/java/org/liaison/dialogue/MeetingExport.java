package org.liaison.dialogue;

import java.time.Instant;

/**
 * A meeting as the dossier carries it: its data, the body named by ref, with the time it
 * last changed.
 */
public record MeetingExport(MeetingData data, Instant updatedAt) {
}
