package org.liaison.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An area of cooperation or a discipline: a code and a name. */
public record ReferenceItem(
		@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}",
				message = "is lower case letters, digits and dashes") String code,
		@NotBlank @Size(max = 200) String name) {
}
