package org.liaison.audit.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** An entry's columns as the audit table holds them. */
record StoredEntry(long seq, Instant recordedAt, @Nullable String actor, @Nullable String actorRole, String channel,
		@Nullable String requestId, @Nullable String clientAddress, String recordKind, @Nullable String recordId,
		@Nullable String recordRef, @Nullable String ownerId, @Nullable String partner, @Nullable String releasability,
		String action, String changes, String previousHash, String hash) {

	/** The hash this entry's content gives after the given previous one. */
	String hashAfter(String previous) {
		return EntryHash.after(previous)
			.add(seq)
			.add(recordedAt)
			.add(actor)
			.add(actorRole)
			.add(channel)
			.add(requestId)
			.add(clientAddress)
			.add(recordKind)
			.add(recordId)
			.add(recordRef)
			.add(ownerId)
			.add(partner)
			.add(releasability)
			.add(action)
			.add(changes)
			.hex();
	}

}
