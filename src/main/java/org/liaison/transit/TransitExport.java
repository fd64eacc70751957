package org.liaison.transit;

import java.time.Instant;

/**
 * A transit request as a dossier carries it: its data with the agreement by ref (never a
 * database id), its status and its time of last change. Its natural key is
 * {@link TransitRequestData#reference()}.
 */
public record TransitExport(TransitRequestData data, TransitStatus status, Instant updatedAt) {
}
