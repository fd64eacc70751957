package org.liaison.publication.internal;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.TransactionBound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The public revision of each partner: a number that moves on with every committed write
 * of the partner's records, and one for writes that belong to no one partner. The two
 * together stand for everything a partner's public page is made of, so the page's
 * validator is read from them without the page being built.
 * <p>
 * A write only notes its partner; the numbers move just before its transaction commits,
 * once for each partner and in the order of their codes, so that a transaction holds
 * their rows locked for the shortest time and two transactions never lock them in
 * opposite orders.
 */
@Component
@RequiredArgsConstructor
public class PublicRevisions {

	/** The scope of writes that belong to no one partner. */
	static final String SHARED = "*";

	private final JdbcClient jdbc;

	/** Notes a write of the partner's records, or of records of no one partner. */
	void written(@Nullable NationCode partner) {
		String scope = partner == null ? SHARED : partner.value();
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			move(scope);
			return;
		}
		Pending pending = TransactionBound.get(this, () -> new Pending(this));
		pending.add(scope);
	}

	/**
	 * The partner's revision and the shared one, as one stamp: it differs after any
	 * committed write that may change what the partner's page shows.
	 */
	public String of(NationCode partner) {
		Map<String, Long> revisions = jdbc
			.sql("select scope, revision from publication_revision where scope in (:partner, :shared)")
			.param("partner", partner.value())
			.param("shared", SHARED)
			.query((rs, row) -> Map.entry(rs.getString("scope"), rs.getLong("revision")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return revisions.getOrDefault(partner.value(), 0L) + "." + revisions.getOrDefault(SHARED, 0L);
	}

	private void move(String scope) {
		// The row is made on a partner's first write; of two first writes at once, the
		// second finds it made and moves it on.
		jdbc.sql("insert into publication_revision (scope, revision) values (:scope, 0) on conflict do nothing")
			.param("scope", scope)
			.update();
		jdbc.sql("update publication_revision set revision = revision + 1 where scope = :scope")
			.param("scope", scope)
			.update();
	}

	/** The partners a transaction wrote, moved on just before it commits. */
	private static final class Pending implements TransactionSynchronization {

		private final PublicRevisions owner;

		private final SortedSet<String> scopes = new TreeSet<>();

		private boolean moved;

		Pending(PublicRevisions owner) {
			this.owner = owner;
		}

		void add(String scope) {
			// A write made by another synchronization's own work before commit comes too
			// late to wait: it moves its partner on at once, in the same transaction.
			if (moved) {
				owner.move(scope);
				return;
			}
			scopes.add(scope);
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			moved = true;
			// A read-only transaction wrote nothing that a page could show.
			if (!readOnly) {
				scopes.forEach(owner::move);
			}
		}

	}

}
