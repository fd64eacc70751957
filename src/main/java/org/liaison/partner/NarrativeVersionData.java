package org.liaison.partner;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * An earlier version of a narrative's texts, as a dossier carries it beside the latest:
 * what the narrative said from a day on, so that the page as of that time survives a move
 * between installations.
 *
 * @param effectiveFrom the day it took effect; none for the version that stands from the
 * start
 * @param updatedAt when it was written; the import's time when not given
 */
public record NarrativeVersionData(@Nullable LocalDate effectiveFrom, @Size(max = 200) @Nullable String heading,
		@NotBlank @Size(max = 20000) String body, @Nullable Instant updatedAt) {
}
