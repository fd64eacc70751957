package org.liaison.partner;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.Refs;
import org.liaison.shared.Releasability;
import org.liaison.shared.RecordData;

/**
 * What a person or an import gives to write or revise a narrative section.
 */
public record NarrativeData(
		@NotBlank @Size(max = 60) @Pattern(regexp = Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") String ref,
		@NotNull NarrativeSection section, @Size(max = 200) @Nullable String heading,
		@NotBlank @Size(max = 20000) String body, @Min(0) @Max(999) int position,
		@NotNull Releasability releasability) implements RecordData {

	/** Problems that no single field shows; the narrative refuses data that has any. */
	@Override
	public List<Problem> problems() {
		if (section == NarrativeSection.AREA && (heading == null || heading.isBlank())) {
			return List.of(new Problem("heading", "An area of cooperation needs a heading"));
		}
		return List.of();
	}

}
