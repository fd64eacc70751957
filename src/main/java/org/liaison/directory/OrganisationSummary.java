package org.liaison.directory;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;

/**
 * An organisation as a reader may see it.
 */
public record OrganisationSummary(UUID id, String ref, String name, @Nullable String shortName, OrganisationKind kind,
		@Nullable NationCode nation, @Nullable String city, @Nullable String description, Releasability releasability,
		Instant updatedAt, long version) implements Versioned {

	public OrganisationData toData() {
		return new OrganisationData(ref, name, shortName, kind, nation, city, description, releasability);
	}

}
