package org.liaison.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.shared.Refs;

/**
 * A plan node a meeting reviewed, such as partnership goal {@code G-01} of plan
 * {@code parp-2015}. It is a reference by natural keys only: the plan module owns the
 * nodes and nothing here checks that they exist.
 */
public record ReviewedNode(
		@NotBlank @Pattern(regexp = Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") String planRef,
		@NotBlank @Size(max = 40) @Pattern(regexp = "[^\\s|]+", message = "has no spaces or bars") String nodeCode) {
}
