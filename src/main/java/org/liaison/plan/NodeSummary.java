package org.liaison.plan;

import org.liaison.shared.Versioned;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartialDate;

/**
 * A node of a plan's tree as a reader may see it, with the latest assessment the reader
 * may see (by date, then the order recorded) and, for a node with children, the roll-up
 * of its subtree.
 *
 * @param level the index of its level in the plan type's levels (0 at the top)
 * @param levelName the name of that level, such as "objective"
 */
public record NodeSummary(UUID id, UUID plan, String code, @Nullable String parent, int level, String levelName,
		int position, String title, @Nullable String text, @Nullable String lead, List<String> supporters,
		@Nullable PartialDate target, boolean targetBeyondPlan, @Nullable String area, List<String> activities,
		boolean illustrative, long version, @Nullable AssessmentSummary latest,
		@Nullable Rollup rollup) implements Versioned {

	public NodeData toData() {
		return new NodeData(code, parent, title, text, lead, supporters, target, targetBeyondPlan, area, position,
				activities, illustrative);
	}

	public @Nullable Rating rating() {
		return latest == null ? null : latest.rating();
	}

	public NodeSummary with(@Nullable AssessmentSummary newLatest, @Nullable Rollup newRollup) {
		return new NodeSummary(id, plan, code, parent, level, levelName, position, title, text, lead, supporters,
				target, targetBeyondPlan, area, activities, illustrative, version, newLatest, newRollup);
	}

}
