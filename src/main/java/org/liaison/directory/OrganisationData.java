package org.liaison.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Refs;
import org.liaison.shared.Releasability;
import org.liaison.shared.RecordData;

/**
 * What a person or an import gives to record or revise an organisation.
 *
 * @param ref the organisation's natural key, unique across all organisations; when empty,
 * made from the name
 * @param nation the nation the organisation belongs to (the Slovak embassy: {@code SVK});
 * empty for NATO bodies and international organisations
 * @param formerNames the names it had before its present one, each with the last date it
 * was used; in the order they ended
 */
public record OrganisationData(
		@Pattern(regexp = "|" + Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") @Nullable String ref,
		@NotBlank @Size(max = 200) String name, @Size(max = 60) @Nullable String shortName,
		@NotNull OrganisationKind kind, @Nullable NationCode nation, @Size(max = 100) @Nullable String city,
		@Size(max = 8000) @Nullable String description, @NotNull Releasability releasability,
		@Valid @Size(max = 20) @Nullable List<FormerName> formerNames) implements RecordData {

	public OrganisationData {
		formerNames = formerNames == null ? List.of()
				: formerNames.stream()
					.filter(Objects::nonNull)
					.sorted(Comparator.comparing(FormerName::endedOn,
							Comparator.nullsLast(Comparator.comparing(PartialDate::firstDay))))
					.toList();
	}

	/** An organisation that has never had another name. */
	public OrganisationData(@Nullable String ref, String name, @Nullable String shortName, OrganisationKind kind,
			@Nullable NationCode nation, @Nullable String city, @Nullable String description,
			Releasability releasability) {
		this(ref, name, shortName, kind, nation, city, description, releasability, List.of());
	}

	/** The ref to store: the one given, or one made from the name. */
	public String refOrDefault() {
		return Refs.orFrom(ref, name);
	}

	/**
	 * Problems that no single field shows; the organisation refuses data that has any.
	 */
	@Override
	public List<Problem> problems() {
		// PARTNER releasability is read against the organisation's nation: without one,
		// no
		// partner could ever see it, which is never what the person meant.
		if (releasability == Releasability.PARTNER && nation == null) {
			return List.of(new Problem("nation",
					"An organisation released to a partner must name its nation; otherwise only NATO and Allies can see it"));
		}
		return List.of();
	}

}
