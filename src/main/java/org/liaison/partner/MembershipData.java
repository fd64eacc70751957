package org.liaison.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * What a person or an import gives to record or revise a membership.
 */
public record MembershipData(@NotBlank @Size(max = 20) String framework, @NotNull PartialDate since,
		@Nullable PartialDate until, @Size(max = 2000) @Nullable String note,
		@Size(max = 1000) @Nullable String milestoneText, @NotNull Releasability releasability) {
}
