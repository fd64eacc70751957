package org.liaison.plan;

import java.time.Instant;
import java.util.List;

/**
 * A plan as the dossier carries it: its data, its tree, its rounds and assessments, and
 * when it last changed.
 */
public record PlanExport(PlanData data, List<NodeData> nodes, List<RoundData> rounds, List<AssessmentData> assessments,
		Instant updatedAt) {
}
