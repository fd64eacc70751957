package org.liaison.dialogue;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * A joint body of NATO and a partner as a reader may see it.
 *
 * @param ref the body's natural key within its partner, used by the dossier
 * @param shortName the abbreviation people use, such as {@code DRG}
 * @param basis what the body rests on, such as an agreement
 * @param members who sits on it
 * @param milestoneText what the timeline says of its establishment; when empty, a
 * sentence is made
 */
public record BodySummary(UUID id, NationCode partner, String ref, String name, @Nullable String shortName,
		String purpose, @Nullable String basis, @Nullable String members, @Nullable PartialDate established,
		@Nullable PartialDate dissolved, @Nullable String milestoneText, Releasability releasability, Instant updatedAt,
		long version) implements Versioned {

	public BodyData toData() {
		return new BodyData(ref, name, shortName, purpose, basis, members, established, dissolved, milestoneText,
				releasability);
	}

}
