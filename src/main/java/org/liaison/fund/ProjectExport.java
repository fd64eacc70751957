package org.liaison.fund;

import java.time.Instant;
import java.util.List;

/**
 * A project as the dossier carries it: its data, its ledger in order, its outputs, and
 * when it last changed.
 */
public record ProjectExport(ProjectData data, List<TransactionData> transactions, List<OutputData> outputs,
		Instant updatedAt) {
}
