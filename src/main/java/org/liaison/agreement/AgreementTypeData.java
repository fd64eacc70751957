package org.liaison.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new type of agreement for the reference list.
 *
 * @param code a stable upper-case key such as {@code STATUS_OF_FORCES}
 */
public record AgreementTypeData(@NotBlank @Pattern(regexp = AgreementTypeData.CODE_PATTERN,
		message = "uses upper-case letters, digits and underscores, starting with a letter (2 to 30 characters)") String code,
		@NotBlank @Size(max = 200) String name) {

	public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,29}";

}
