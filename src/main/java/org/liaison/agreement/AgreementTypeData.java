package org.liaison.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.shared.RecordData;
import org.liaison.shared.ReferenceList;

/**
 * A type of agreement as an administrator gives it, with its name in English and French.
 *
 * @param code a stable upper-case key such as {@code STATUS_OF_FORCES}, which records
 * name and which never changes once given
 */
public record AgreementTypeData(@NotBlank @Pattern(regexp = AgreementTypeData.CODE_PATTERN,
		message = "uses upper-case letters, digits and underscores, starting with a letter (2 to 30 characters)") String code,
		@NotBlank @Size(max = 200) String name,
		@NotBlank @Size(max = 200) String nameFr) implements RecordData, ReferenceList.Coded {

	public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,29}";

}
