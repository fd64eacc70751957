package org.liaison.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Releasability;
import org.liaison.shared.RecordData;

/**
 * What a person or an import gives to create or revise a partner's profile.
 */
public record ProfileData(@NotBlank @Size(max = 4000) String summary, @Size(max = 2000) @Nullable String policy,
		boolean aspirant, @NotNull Releasability releasability) implements RecordData {
}
