package org.liaison.partner.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a profile said from a day on: its summary, policy and aspirant status.
 */
@Table("partner_profile_version")
public record ProfileVersion(@Nullable LocalDate effectiveFrom, String summary, @Nullable String policy,
		@Nullable Boolean aspirant, Instant updatedAt) implements DatedVersions.Version<ProfileVersion> {

	@Override
	public ProfileVersion effectiveFrom(@Nullable LocalDate day) {
		return new ProfileVersion(day, summary, policy, aspirant, updatedAt);
	}

}
