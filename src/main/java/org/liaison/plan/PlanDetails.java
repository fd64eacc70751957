package org.liaison.plan;

import java.util.List;

import org.liaison.shared.PageOf;

/**
 * A plan with its whole tree in order (depth first, siblings by position), each node with
 * its latest rating, the rounds and a page of the assessments the reader may see, the
 * latest recorded first.
 */
public record PlanDetails(PlanSummary plan, PlanTypeSummary type, List<NodeSummary> nodes, List<RoundSummary> rounds,
		PageOf<AssessmentSummary> assessments, Rollup rollup) {

	public List<NodeSummary> children(@org.jspecify.annotations.Nullable String code) {
		return nodes.stream().filter(n -> java.util.Objects.equals(n.parent(), code)).toList();
	}

	public java.util.Optional<RoundSummary> openRound() {
		return rounds.stream().filter(RoundSummary::open).findFirst();
	}

}
