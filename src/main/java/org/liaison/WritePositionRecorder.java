package org.liaison;

import org.jspecify.annotations.Nullable;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;

/**
 * After a writer's transaction commits, remembers how far the primary's WAL had come, so
 * that the writer's next reads wait for the replica to get there ({@link ReplicaReads}).
 * Only Liaison's own transactions count: Spring Session's saving of the session is no
 * write the person reads back, and recording into the session it is saving would never
 * end.
 */
final class WritePositionRecorder implements TransactionExecutionListener {

	private static final String OWN_TRANSACTIONS = LiaisonApplication.class.getPackageName() + ".";

	private final WriterPositions positions;

	WritePositionRecorder(WriterPositions positions) {
		this.positions = positions;
	}

	@Override
	public void afterCommit(TransactionExecution transaction, @Nullable Throwable commitFailure) {
		if (commitFailure != null || transaction.isReadOnly() || !transaction.isNewTransaction()) {
			return;
		}
		String name = transaction.getTransactionName();
		if (name.startsWith(OWN_TRANSACTIONS)) {
			positions.rememberWrite();
		}
	}

}
