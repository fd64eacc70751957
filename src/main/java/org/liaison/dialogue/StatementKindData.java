package org.liaison.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.shared.RecordData;
import org.liaison.shared.ReferenceList;

/**
 * A kind of statement as an administrator gives it.
 *
 * @param code a stable upper-case key such as {@code INTERVIEW}, which statements name
 * and which never changes once given
 * @param namesParticipants whether a statement of the kind records who met rather than
 * who spoke, as a meeting does: then it needs them
 */
public record StatementKindData(@NotBlank @Pattern(regexp = StatementKindData.CODE_PATTERN,
		message = "uses upper-case letters, digits and underscores, starting with a letter (2 to 20 characters)") String code,
		@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String nameFr,
		boolean namesParticipants) implements RecordData, ReferenceList.Coded {

	public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,19}";

}
