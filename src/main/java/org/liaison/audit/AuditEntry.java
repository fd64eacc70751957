package org.liaison.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;

/**
 * One change as the audit trail keeps it: who made it (an account and its role, or
 * Liaison itself), when, through which channel, from which request and client address, to
 * which record, and the fields it changed.
 *
 * @param seq its place in the chain, from 1
 * @param releasability the most restricted releasability the record had before or after
 * the change, since the entry shows values of both
 */
public record AuditEntry(long seq, Instant recordedAt, @Nullable String actor, @Nullable String actorRole,
		Channel channel, @Nullable String requestId, @Nullable String clientAddress, String recordKind,
		@Nullable String recordId, @Nullable String recordRef, @Nullable NationCode partner,
		@Nullable Releasability releasability, String action, List<FieldChange> changes) {

	/** Who made the change, as a page shows it. */
	public String actorName() {
		return actor == null ? "Liaison" : actor;
	}

}
