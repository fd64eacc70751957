package org.liaison.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartialDate;

/**
 * A name an organisation had before the one it has now: an agency and its successor are
 * one organisation, named on each page as it was named at the time.
 *
 * @param endedOn the last date the name was used (the successor's name holds after it)
 */
public record FormerName(@NotBlank @Size(max = 200) String name, @Size(max = 60) @Nullable String shortName,
		@NotNull PartialDate endedOn) {
}
