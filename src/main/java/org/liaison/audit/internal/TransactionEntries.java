package org.liaison.audit.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.TransactionBound;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit entries of one transaction, written in it just before it commits, and the
 * aggregates it loaded as they were loaded, so that a save can tell what it changed
 * without reading the record again. A transaction that rolls back leaves no entry.
 */
final class TransactionEntries implements TransactionSynchronization {

	private final AuditChain chain;

	private final List<PendingEntry> entries = new ArrayList<>();

	private final Map<Loaded, Map<String, @Nullable String>> loaded = new HashMap<>();

	record Loaded(Class<?> type, Object id) {
	}

	private TransactionEntries(AuditChain chain) {
		this.chain = chain;
	}

	/** The current writing transaction's entries, if a writing transaction is active. */
	static Optional<TransactionEntries> current(AuditChain chain) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			return Optional.empty();
		}
		return Optional.of(TransactionBound.get(TransactionEntries.class, () -> new TransactionEntries(chain)));
	}

	void add(PendingEntry entry) {
		entries.add(entry);
	}

	void loaded(Loaded key, Map<String, @Nullable String> fields) {
		loaded.putIfAbsent(key, fields);
	}

	@Nullable Map<String, @Nullable String> asLoaded(Loaded key) {
		return loaded.get(key);
	}

	void saved(Loaded key, Map<String, @Nullable String> fields) {
		loaded.put(key, fields);
	}

	@Override
	public void beforeCommit(boolean readOnly) {
		chain.append(entries);
		entries.clear();
	}

	@Override
	public int getOrder() {
		// Last of the synchronizations before the commit, so that entries noted by
		// others'
		// beforeCommit (an event listener writing in the same transaction) are written
		// too.
		return LOWEST_PRECEDENCE;
	}

}
