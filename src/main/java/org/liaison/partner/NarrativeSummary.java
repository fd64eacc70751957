package org.liaison.partner;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;

/**
 * A section of prose about a partnership, kept as a record so that the public page reads
 * as a page while staying generated from records.
 *
 * @param ref the section's natural key within its partner, used by the dossier
 * @param section where it stands on the page: the overview, the framework for
 * cooperation, or one of the key areas of cooperation
 * @param heading the area's heading; empty for overview paragraphs
 * @param body paragraphs separated by blank lines
 * @param position order within its section
 * @param effectiveFrom the day from which the heading and body hold; none when they hold
 * from the start
 */
public record NarrativeSummary(UUID id, NationCode partner, String ref, NarrativeSection section, String heading,
		String body, int position, Releasability releasability, Instant updatedAt, @Nullable LocalDate effectiveFrom,
		long version) implements Versioned {

	/** The latest version as data, with the day it took effect. */
	public NarrativeData toData() {
		return new NarrativeData(ref, section, heading, body, position, releasability, effectiveFrom);
	}

	public java.util.List<String> paragraphs() {
		return java.util.Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
	}

}
