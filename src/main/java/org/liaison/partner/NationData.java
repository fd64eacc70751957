package org.liaison.partner;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordData;
import org.liaison.shared.ReferenceList;

/**
 * A nation as an administrator gives it.
 *
 * @param code its ISO 3166-1 alpha-3 code
 * @param articleFr one of {@link #ARTICLES}, or empty for a name French uses without one
 * @param natoMemberSince the date of its accession, when it is an Ally
 */
public record NationData(
		@NotBlank @Pattern(regexp = "[A-Z]{3}",
				message = "is three capital letters, the ISO 3166-1 alpha-3 code such as SRB") String code,
		@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String nameFr,
		@Size(max = 3) @Nullable String articleFr,
		@Nullable PartialDate natoMemberSince) implements RecordData, ReferenceList.Coded {

	public static final List<String> ARTICLES = List.of("le", "la", "l'", "les");

	@Override
	public List<Problem> problems() {
		if (articleFr != null && !articleFr.isBlank() && !ARTICLES.contains(articleFr.strip())) {
			return List.of(new Problem("articleFr",
					"is one of " + String.join(", ", ARTICLES) + ", or empty for a name used without one"));
		}
		return List.of();
	}

	/** The article as kept: one of the list, or none. */
	public @Nullable String article() {
		return articleFr == null || articleFr.isBlank() ? null : articleFr.strip();
	}

}
