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
 * @param kind its kind's code, with the kind's names; none when not known
 */
public record BodySummary(UUID id, NationCode partner, String ref, String name, @Nullable String shortName,
		String purpose, @Nullable String basis, @Nullable String members, @Nullable PartialDate established,
		@Nullable PartialDate dissolved, @Nullable String milestoneText, Releasability releasability, Instant updatedAt,
		long version, @Nullable String kind, @Nullable String kindName,
		@Nullable String kindNameFr) implements Versioned {

	public BodyData toData() {
		return new BodyData(ref, name, shortName, purpose, basis, members, established, dissolved, milestoneText,
				releasability, kind);
	}

	/** Its kind's name in a language, or none when its kind is not known. */
	public @Nullable String kindName(java.util.Locale locale) {
		return "fr".equals(locale.getLanguage()) ? kindNameFr : kindName;
	}

}
