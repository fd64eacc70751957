package org.liaison.partner;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

/**
 * A partner's membership of a framework, with the dates it began and, if it did, ended.
 *
 * @param milestoneText what the timeline says of the start; when empty, a sentence is
 * made
 */
public record MembershipSummary(UUID id, NationCode partner, String ref, String framework, String frameworkName,
		@Nullable PartialDate since, @Nullable PartialDate until, @Nullable String note, @Nullable String milestoneText,
		Releasability releasability, Instant updatedAt, long version) implements Versioned {

	public MembershipData toData() {
		return new MembershipData(ref, framework, since, until, note, milestoneText, releasability);
	}

}
