package org.liaison.fund;

import java.util.List;

/**
 * A project with its derived figures, its outputs and its ledger, as the API serves it.
 */
public record ProjectDetails(ProjectSummary project, ProjectFigures figures, List<OutputSummary> outputs,
		List<TransactionSummary> transactions) {
}
