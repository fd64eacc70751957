package org.liaison.directory;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;

/**
 * An organisation as a reader may see it.
 *
 * @param formerNames the names it had before its present one, in the order they ended
 */
public record OrganisationSummary(UUID id, String ref, String name, @Nullable String shortName, OrganisationKind kind,
		@Nullable NationCode nation, @Nullable String city, @Nullable String description, Releasability releasability,
		Instant updatedAt, long version, List<FormerName> formerNames) implements Versioned {

	public OrganisationSummary {
		formerNames = List.copyOf(formerNames);
	}

	public OrganisationData toData() {
		return new OrganisationData(ref, name, shortName, kind, nation, city, description, releasability, formerNames);
	}

	/**
	 * Its name on a day: the first former name still in use then, or its present one.
	 */
	public String nameOn(LocalDate day) {
		return formerNames.stream()
			.filter(f -> !f.endedOn().lastDay().isBefore(day))
			.findFirst()
			.map(FormerName::name)
			.orElse(name);
	}

}
