package org.liaison.partner;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.Refs;
import org.liaison.shared.Releasability;
import org.liaison.shared.RecordData;

/**
 * What a person or an import gives to write or revise a narrative section.
 *
 * @param effectiveFrom the day from which the heading and body hold: a revision with one
 * adds a version, one without rewrites the latest; a narrative written with one is not on
 * the page as it stood before that day
 */
public record NarrativeData(
		@NotBlank @Size(max = 60) @Pattern(regexp = Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") String ref,
		@NotNull NarrativeSection section, @Size(max = 200) @Nullable String heading,
		@NotBlank @Size(max = 20000) String body, @Min(0) @Max(999) int position, @NotNull Releasability releasability,
		@Nullable LocalDate effectiveFrom) implements RecordData {

	/**
	 * Data that rewrites the latest version, as revisions did before versions were dated.
	 */
	public NarrativeData(String ref, NarrativeSection section, @Nullable String heading, String body, int position,
			Releasability releasability) {
		this(ref, section, heading, body, position, releasability, null);
	}

	/** Problems that no single field shows; the narrative refuses data that has any. */
	@Override
	public List<Problem> problems() {
		if (section == NarrativeSection.AREA && (heading == null || heading.isBlank())) {
			return List.of(new Problem("heading", "An area of cooperation needs a heading"));
		}
		return List.of();
	}

}
