package org.liaison.partner;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Refs;
import org.liaison.shared.Releasability;
import org.liaison.shared.RecordData;

/**
 * What a person or an import gives to record or revise a membership.
 *
 * @param ref the membership's natural key within its partner; when empty, the framework's
 * code
 * @param since when it began; none when no source says, never a date invented for it
 */
public record MembershipData(
		@Pattern(regexp = "|" + Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") @Nullable String ref,
		@NotBlank @Size(max = 20) String framework, @Nullable PartialDate since, @Nullable PartialDate until,
		@Size(max = 2000) @Nullable String note, @Size(max = 1000) @Nullable String milestoneText,
		@NotNull Releasability releasability) implements RecordData {

	/** The ref to store: the one given, or the framework's code. */
	public String refOrDefault() {
		return Refs.orFrom(ref, framework);
	}

	/** Problems that no single field shows; the membership refuses data that has any. */
	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (PartialDate.outOfOrder(since, until)) {
			problems.add(new Problem("until", "A membership cannot end before it began"));
		}
		return problems;
	}

}
