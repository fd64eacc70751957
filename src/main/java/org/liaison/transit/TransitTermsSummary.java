package org.liaison.transit;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.util.UUID;

/**
 * The terms a transit agreement sets for requests under it.
 *
 * @param noticeDays how many days before entry a request must be made
 */
public record TransitTermsSummary(UUID agreementId, int noticeDays, boolean illustrative, Instant updatedAt,
		long version) implements Versioned {
}
