package org.liaison.plan;

import java.util.List;

/** A type of plan with the names of the levels of its tree, from the top down. */
public record PlanTypeSummary(String code, String name, List<String> levels) {

	public PlanTypeSummary {
		levels = List.copyOf(levels);
	}

	public String levelName(int level) {
		return level >= 0 && level < levels.size() ? levels.get(level) : "level " + (level + 1);
	}

}
