package org.liaison.dialogue;

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
 * What a person or an import gives to record or revise a joint body.
 *
 * @param ref the body's natural key within its partner; when empty, one is made from the
 * name
 * @param shortName the abbreviation people use, such as {@code DRG}
 * @param basis what the body rests on, such as an agreement
 * @param members who sits on it
 * @param milestoneText what the timeline says of its establishment; when empty, a
 * sentence is made
 * @param kind the code of its kind in the reference list (a commission, a working group);
 * none when its sources do not say
 */
public record BodyData(
		@Pattern(regexp = "|" + Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") @Nullable String ref,
		@NotBlank @Size(max = 200) String name, @Size(max = 20) @Nullable String shortName,
		@NotBlank @Size(max = 4000) String purpose, @Size(max = 500) @Nullable String basis,
		@Size(max = 1000) @Nullable String members, @Nullable PartialDate established, @Nullable PartialDate dissolved,
		@Size(max = 1000) @Nullable String milestoneText, @NotNull Releasability releasability,
		@Size(max = 20) @Nullable String kind) implements RecordData {

	public BodyData {
		kind = kind == null || kind.isBlank() ? null : kind.strip();
	}

	/** A body whose kind is not given. */
	public BodyData(@Nullable String ref, String name, @Nullable String shortName, String purpose,
			@Nullable String basis, @Nullable String members, @Nullable PartialDate established,
			@Nullable PartialDate dissolved, @Nullable String milestoneText, Releasability releasability) {
		this(ref, name, shortName, purpose, basis, members, established, dissolved, milestoneText, releasability, null);
	}

	/** The ref to store: the one given, or one made from the name. */
	public String refOrDefault() {
		return Refs.orFrom(ref, name);
	}

	/** Problems that no single field shows; the body refuses data that has any. */
	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (PartialDate.outOfOrder(established, dissolved)) {
			problems.add(new Problem("dissolved", "A body cannot be dissolved before it was established"));
		}
		return problems;
	}

}
