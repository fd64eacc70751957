package org.liaison.partner;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An earlier version of a profile's texts, as a dossier carries it beside the latest.
 *
 * @param effectiveFrom the day it took effect; none for the version that stands from the
 * start
 * @param aspirant none when no source says
 * @param updatedAt when it was written; the import's time when not given
 */
public record ProfileVersionData(@Nullable LocalDate effectiveFrom, @NotBlank @Size(max = 4000) String summary,
		@Size(max = 2000) @Nullable String policy, @Nullable Boolean aspirant, @Nullable Instant updatedAt) {
}
