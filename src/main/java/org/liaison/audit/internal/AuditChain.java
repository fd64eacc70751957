package org.liaison.audit.internal;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.audit.ChainVerification;
import org.liaison.audit.FieldChange;
import org.liaison.shared.MultiRowInsert;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends entries to the chain and walks it. A writer locks the chain's head, so that two
 * transactions committing at once chain their entries one after the other rather than
 * both after the same entry; it does so just before its commit, when it waits for no
 * other lock, so that the head cannot take part in a deadlock.
 */
@Component
@RequiredArgsConstructor
class AuditChain {

	private static final TypeReference<List<FieldChange>> CHANGES = new TypeReference<>() {
	};

	private static final List<String> COLUMNS = List.of("seq", "recorded_at", "actor", "actor_role", "channel",
			"request_id", "client_address", "record_kind", "record_id", "record_ref", "owner_id", "partner",
			"releasability", "action", "changes", "previous_hash", "hash");

	private static final int BATCH = 1000;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcOperations batch;

	private final JsonMapper json;

	private record Head(long seq, String hash) {
	}

	/** Chains and writes the entries, in the transaction that made their changes. */
	void append(List<PendingEntry> entries) {
		if (entries.isEmpty()) {
			return;
		}
		Head head = jdbc.sql("select seq, hash from audit_chain_head where id = 1 for update")
			.query(Head.class)
			.single();
		long seq = head.seq();
		String previous = head.hash();
		// Chained and written a thousand at a time, many rows a statement, so that the
		// rows bound for the driver stay few however many entries an import notes.
		for (int from = 0; from < entries.size(); from += BATCH) {
			List<PendingEntry> part = entries.subList(from, Math.min(entries.size(), from + BATCH));
			List<Object[]> rows = new ArrayList<>(part.size());
			for (PendingEntry entry : part) {
				StoredEntry stored = stored(++seq, entry, previous);
				rows.add(row(stored));
				previous = stored.hash();
			}
			MultiRowInsert.into(batch.getJdbcOperations(), "audit_entry", COLUMNS, rows);
		}
		jdbc.sql("update audit_chain_head set seq = :seq, hash = :hash where id = 1")
			.param("seq", seq)
			.param("hash", previous)
			.update();
	}

	private StoredEntry stored(long seq, PendingEntry entry, String previous) {
		Actor actor = entry.actor();
		StoredEntry unhashed = new StoredEntry(seq, entry.at().truncatedTo(ChronoUnit.MICROS), actor.name(),
				actor.role(), actor.channel().name(), actor.requestId(), actor.clientAddress(), entry.kind(),
				entry.id(), clip(entry.ref(), 200), entry.owner(),
				entry.partner() == null ? null : entry.partner().value(),
				entry.releasability() == null ? null : entry.releasability().name(), entry.action(), entry.changes(),
				previous, "");
		return withHash(unhashed, unhashed.hashAfter(previous));
	}

	private static StoredEntry withHash(StoredEntry e, String hash) {
		return new StoredEntry(e.seq(), e.recordedAt(), e.actor(), e.actorRole(), e.channel(), e.requestId(),
				e.clientAddress(), e.recordKind(), e.recordId(), e.recordRef(), e.ownerId(), e.partner(),
				e.releasability(), e.action(), e.changes(), e.previousHash(), hash);
	}

	private static Object[] row(StoredEntry e) {
		return new Object[] { e.seq(), java.sql.Timestamp.from(e.recordedAt()), e.actor(), e.actorRole(), e.channel(),
				e.requestId(), e.clientAddress(), e.recordKind(), e.recordId(), e.recordRef(), e.ownerId(), e.partner(),
				e.releasability(), e.action(), e.changes(), e.previousHash(), e.hash() };
	}

	/** Changes as the JSON they are stored in. */
	String text(List<FieldChange> changes) {
		return json.writeValueAsString(changes);
	}

	List<FieldChange> changes(String stored) {
		return json.readValue(stored, CHANGES);
	}

	/**
	 * Walks the chain from its first entry and names the first one that does not follow
	 * from the one before: altered, inserted, or after a removed one.
	 */
	ChainVerification verify() {
		var walk = new Object() {
			long expected = 1;

			String previous = EntryHash.GENESIS;

			@Nullable ChainVerification broken;

		};
		Head head = jdbc.sql("select seq, hash from audit_chain_head where id = 1").query(Head.class).single();
		jdbc.sql("select * from audit_entry where seq <= :last order by seq")
			.param("last", head.seq())
			.query(StoredEntry.class)
			.stream()
			.forEach(entry -> {
				if (walk.broken != null) {
					return;
				}
				if (entry.seq() != walk.expected) {
					walk.broken = ChainVerification.brokenAt(walk.expected, "the entry is missing");
				}
				else if (!entry.previousHash().equals(walk.previous)) {
					walk.broken = ChainVerification.brokenAt(entry.seq(), "it does not name the entry before it");
				}
				else if (!entry.hashAfter(walk.previous).equals(entry.hash())) {
					walk.broken = ChainVerification.brokenAt(entry.seq(),
							"its content was changed after it was written");
				}
				walk.previous = entry.hash();
				walk.expected++;
			});
		if (walk.broken != null) {
			return walk.broken;
		}
		if (head.seq() != walk.expected - 1 || !head.hash().equals(walk.previous)) {
			return ChainVerification.brokenAt(walk.expected, "the entry is missing");
		}
		return ChainVerification.intact(walk.expected - 1);
	}

	private static @Nullable String clip(@Nullable String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length);
	}

}
