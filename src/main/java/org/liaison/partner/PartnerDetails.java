package org.liaison.partner;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;

/**
 * A partner's profile as a reader may see it.
 *
 * @param name the nation's short name ("Serbia")
 * @param summary the opening paragraph of the partner's public page
 * @param policy the partner's stated policy towards the Alliance (such as military
 * neutrality)
 * @param aspirant whether the partner seeks membership of the Alliance; none when no
 * source says
 * @param effectiveFrom the day from which these texts hold; none when they hold from the
 * start
 */
public record PartnerDetails(UUID id, NationCode nation, String name, String summary, @Nullable String policy,
		@Nullable Boolean aspirant, Releasability releasability, Instant updatedAt, @Nullable LocalDate effectiveFrom,
		long version) implements Versioned {

	/** The latest version as data, with the day it took effect. */
	public ProfileData toData() {
		return new ProfileData(summary, policy, aspirant, releasability, effectiveFrom);
	}

}
