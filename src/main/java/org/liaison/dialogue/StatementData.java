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
 * What a person or an import gives to record or revise a statement, declaration or
 * meeting.
 *
 * @param ref the statement's natural key within its partner; when empty, one is made from
 * the date and the title, since the same title ("Statement by the Secretary General")
 * recurs
 * @param kind the code of its kind of statement (reference data), such as
 * {@code COMMUNIQUE}
 * @param speaker who said it; for a kind that names participants (a meeting), who met
 * @param quote the words quoted, verbatim
 * @param summary what was said or agreed, in other words
 * @param source a citation or a URL
 */
public record StatementData(
		@Pattern(regexp = "|" + Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") @Nullable String ref,
		@NotBlank @Size(max = 20) String kind, @NotBlank @Size(max = 300) String title,
		@Size(max = 300) @Nullable String speaker, @NotNull PartialDate date, @Size(max = 200) @Nullable String place,
		@Size(max = 20000) @Nullable String quote, @Size(max = 20000) @Nullable String summary,
		@Size(max = 1000) @Nullable String source, @NotNull Releasability releasability) implements RecordData {

	/** The ref to store: the one given, or one made from the date and the title. */
	public String refOrDefault() {
		return Refs.orFrom(ref, date == null ? title : date.iso() + " " + title);
	}

	/** Problems that no single field shows; the statement refuses data that has any. */
	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (isBlank(quote) && isBlank(summary)) {
			problems.add(new Problem("quote", "A statement needs the words quoted or a summary of them"));
		}
		return problems;
	}

	/**
	 * The problems of the data as a statement of that kind (none when the kind is not
	 * known: that is the service's to report, naming the kinds there are).
	 */
	public List<Problem> problems(@Nullable StatementKindSummary of) {
		List<Problem> problems = new ArrayList<>(problems());
		if (of != null && of.namesParticipants() && isBlank(speaker)) {
			problems.add(new Problem("speaker",
					"A " + of.name().toLowerCase(java.util.Locale.ROOT) + " needs the people who met"));
		}
		return problems;
	}

	private static boolean isBlank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
