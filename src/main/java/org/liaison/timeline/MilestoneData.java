package org.liaison.timeline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Refs;
import org.liaison.shared.Releasability;
import org.liaison.shared.RecordData;

/**
 * What a person or an import gives to write or revise a milestone by hand.
 *
 * @param ref the milestone's natural key within its partner; when empty, made from its
 * date and text
 */
public record MilestoneData(
		@Pattern(regexp = "|" + Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") @Nullable String ref,
		@NotNull PartialDate date, @NotBlank @Size(max = 2000) String text,
		@NotNull Releasability releasability) implements RecordData {

	public String refOrDefault() {
		return Refs.orFrom(ref, date.iso() + " " + text);
	}

}
