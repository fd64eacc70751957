package org.liaison.timeline;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * A milestone as a reader may see it. A derived milestone names the record it comes from
 * and is changed through that record, not here.
 *
 * @param ref the natural key of a milestone written by hand; absent for derived ones
 * @param sourceType the kind of record a derived milestone comes from, such as
 * {@code agreement}
 */
public record MilestoneSummary(UUID id, NationCode partner, @Nullable String ref, PartialDate date, String text,
		boolean derived, @Nullable String sourceType, @Nullable UUID sourceId, Releasability releasability,
		Instant updatedAt, long version) implements Versioned {

	public MilestoneData toData() {
		return new MilestoneData(ref, date, text, releasability);
	}

}
