package org.liaison.plan;

import java.util.List;

/** Two plans compared node by node, by code: what the second adds, drops and changes. */
public record PlanComparison(PlanSummary from, PlanSummary to, List<NodeSummary> added, List<NodeSummary> removed,
		List<Change> changed) {

	/** A node in both plans whose fields differ, with the names of those fields. */
	public record Change(NodeSummary before, NodeSummary after, List<String> fields) {
	}

}
