package org.liaison.shared;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One synchronization of a kind per transaction, found by its key in constant time. A
 * search of the transaction's synchronizations would sort them all on every call, and a
 * large import registers one for each event it publishes: the search made its writes
 * quadratic. The binding follows the transaction: it is put aside while an inner
 * transaction runs and gone once the transaction completes.
 */
public final class TransactionBound {

	private TransactionBound() {
	}

	/**
	 * The synchronization bound to the current transaction under the key, made and
	 * registered on its first use. Call it only where synchronization is active.
	 */
	@SuppressWarnings("unchecked")
	public static <T extends TransactionSynchronization> T get(Object key, Supplier<T> made) {
		Object bound = TransactionSynchronizationManager.getResource(key);
		if (bound != null) {
			return (T) bound;
		}
		T synchronization = made.get();
		TransactionSynchronizationManager.bindResource(key, synchronization);
		TransactionSynchronizationManager.registerSynchronization(synchronization);
		TransactionSynchronizationManager.registerSynchronization(new Binding(key, synchronization));
		return synchronization;
	}

	private record Binding(Object key, Object synchronization) implements TransactionSynchronization {

		@Override
		public void suspend() {
			TransactionSynchronizationManager.unbindResourceIfPossible(key);
		}

		@Override
		public void resume() {
			TransactionSynchronizationManager.bindResource(key, synchronization);
		}

		@Override
		public void afterCompletion(int status) {
			TransactionSynchronizationManager.unbindResourceIfPossible(key);
		}

	}

}
