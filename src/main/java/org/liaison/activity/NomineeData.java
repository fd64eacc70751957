package org.liaison.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A person a partner nominates for its places. */
public record NomineeData(@NotBlank @Size(max = 200) String name, @Nullable @Size(max = 200) String rankOrFunction,
		@Nullable @Size(max = 300) String organisation) {
}
