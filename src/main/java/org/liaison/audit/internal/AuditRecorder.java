package org.liaison.audit.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.FieldChange;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notes a change in the transaction that makes it, or, for what happens outside any (a
 * sign-in, a failed one), writes it at once in a transaction of its own.
 */
@Component
class AuditRecorder {

	private final AuditChain chain;

	private final Actors actors;

	private final Clock clock;

	private final TransactionTemplate ownTransaction;

	AuditRecorder(AuditChain chain, Actors actors, Clock clock, PlatformTransactionManager transactions) {
		this.chain = chain;
		this.actors = actors;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	Optional<TransactionEntries> transaction() {
		return TransactionEntries.current(chain);
	}

	void record(String kind, @Nullable String id, @Nullable String ref, @Nullable NationCode partner,
			@Nullable Releasability releasability, String action, List<FieldChange> changes) {
		record(actors.current(), kind, id, ref, null, partner, releasability, action, changes);
	}

	void record(Actor actor, String kind, @Nullable String id, @Nullable String ref, @Nullable String owner,
			@Nullable NationCode partner, @Nullable Releasability releasability, String action,
			List<FieldChange> changes) {
		PendingEntry entry = new PendingEntry(clock.instant(), actor, kind, id, ref, owner, partner, releasability,
				action, chain.text(changes));
		transaction().ifPresentOrElse(entries -> entries.add(entry),
				() -> ownTransaction.executeWithoutResult(status -> chain.append(List.of(entry))));
	}

	Actor actor() {
		return actors.current();
	}

	/**
	 * The more restricted of two releasabilities, for an entry that shows values of both.
	 */
	static @Nullable Releasability stricter(@Nullable Releasability one, @Nullable Releasability other) {
		if (one == null) {
			return other;
		}
		return other == null || one.compareTo(other) >= 0 ? one : other;
	}

}
