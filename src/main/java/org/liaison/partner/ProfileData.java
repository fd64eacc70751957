package org.liaison.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Releasability;
import org.liaison.shared.RecordData;

/**
 * What a person or an import gives to create or revise a partner's profile.
 *
 * @param aspirant whether the partner seeks membership of the Alliance; none when no
 * source says
 * @param effectiveFrom the day from which the texts hold: a revision with one adds a
 * version (a summary of 2022 beside the one of 2015), one without rewrites the latest
 */
public record ProfileData(@NotBlank @Size(max = 4000) String summary, @Size(max = 2000) @Nullable String policy,
		@Nullable Boolean aspirant, @NotNull Releasability releasability,
		@Nullable LocalDate effectiveFrom) implements RecordData {

	/**
	 * Data that rewrites the latest version, as revisions did before versions were dated.
	 */
	public ProfileData(String summary, @Nullable String policy, @Nullable Boolean aspirant,
			Releasability releasability) {
		this(summary, policy, aspirant, releasability, null);
	}

}
