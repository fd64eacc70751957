package org.liaison.directory;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RecordData;
import org.liaison.shared.ReferenceList;

/**
 * A kind of organisation role as an administrator gives it.
 *
 * @param code a stable upper-case key such as {@code PARTNER_MISSION}, which roles name
 * and which never changes once given
 * @param requiredOrganisationKind the kind of organisation a role of this kind needs (a
 * contact point embassy is an embassy), or none when any may hold it
 * @param oneAtATime whether a partner has one role of this kind at a time, as it has one
 * contact point embassy: terms of such roles never overlap
 * @param milestoneKind the word the timeline gives the role's start, such as
 * {@code established} or {@code appointed}
 * @param milestoneText what the timeline says of a role's start when the role gives no
 * text, with {@code {organisation}} for the organisation's name
 */
public record RoleKindData(@NotBlank @Pattern(regexp = RoleKindData.CODE_PATTERN,
		message = "uses upper-case letters, digits and underscores, starting with a letter (2 to 30 characters)") String code,
		@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String nameFr,
		@Nullable OrganisationKind requiredOrganisationKind, boolean oneAtATime,
		@NotBlank @Pattern(regexp = "[a-z]{2,20}",
				message = "is one lower-case word, such as established") String milestoneKind,
		@NotBlank @Size(max = 300) String milestoneText) implements RecordData, ReferenceList.Coded {

	public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,29}";

}
