package org.liaison.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.shared.RecordData;
import org.liaison.shared.ReferenceList;

/**
 * A framework or programme as an administrator gives it.
 *
 * @param code its short code, as memberships and the menu's eligibility name it
 * ({@code PFP})
 */
public record FrameworkData(@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,19}",
		message = "uses capital letters, digits and underscores, starting with a letter (2 to 20 characters)") String code,
		@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String nameFr,
		@NotNull FrameworkKind kind) implements RecordData, ReferenceList.Coded {
}
