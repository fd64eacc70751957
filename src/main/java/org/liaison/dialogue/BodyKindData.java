package org.liaison.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.shared.RecordData;
import org.liaison.shared.ReferenceList;

/**
 * A kind of joint body as an administrator gives it.
 *
 * @param code a stable upper-case key such as {@code COMMISSION}, which bodies name and
 * which never changes once given
 */
public record BodyKindData(@NotBlank @Pattern(regexp = BodyKindData.CODE_PATTERN,
		message = "uses upper-case letters, digits and underscores, starting with a letter (2 to 20 characters)") String code,
		@NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 200) String nameFr) implements RecordData, ReferenceList.Coded {

	public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,19}";

}
