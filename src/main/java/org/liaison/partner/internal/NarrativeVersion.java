package org.liaison.partner.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a narrative said from a day on: its heading and body.
 */
@Table("partner_narrative_version")
public record NarrativeVersion(@Nullable LocalDate effectiveFrom, String heading, String body,
		Instant updatedAt) implements DatedVersions.Version<NarrativeVersion> {

	@Override
	public NarrativeVersion effectiveFrom(@Nullable LocalDate day) {
		return new NarrativeVersion(day, heading, body, updatedAt);
	}

}
