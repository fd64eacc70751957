package org.liaison.transit;

import java.time.Instant;

/**
 * The notice period of a transit agreement as the dossier carries it: by the agreement's
 * ref, with the time it last changed.
 */
public record TransitTermsExport(TransitTermsData data, Instant updatedAt) {
}
