package org.liaison.science;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.liaison.shared.NationCode;

/**
 * One of a grant's two co-directors: the NATO-country director comes from an Ally, the
 * partner-country director from a partner nation.
 */
public record GrantDirector(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 300) String institution,
		@NotNull NationCode nation) {
}
