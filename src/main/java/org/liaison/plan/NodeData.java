package org.liaison.plan;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordData;

/**
 * A node of a plan's tree: a chapter, objective, goal or action.
 *
 * @param code unique within the plan, such as "2.3" or "PG-12"
 * @param parent the code of its parent; none for a node at the top level
 * @param supporters Allies or NATO bodies that support it
 * @param targetBeyondPlan whether its target may lie after the end of the plan's period
 * @param area the capability area of a goal, such as "logistics"
 * @param position its place among its siblings (from 0); when empty, after them
 * @param activities refs of cooperation activities that serve it
 */
public record NodeData(
		@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
				message = "uses letters, digits, dots, dashes and underscores") String code,
		@Size(max = 40) @Nullable String parent, @NotBlank @Size(max = 500) String title,
		@Size(max = 8000) @Nullable String text, @Size(max = 300) @Nullable String lead,
		@Size(max = 30) @Nullable List<@Size(max = 120) String> supporters, @Nullable PartialDate target,
		@Nullable Boolean targetBeyondPlan, @Size(max = 100) @Nullable String area,
		@PositiveOrZero @Nullable Integer position, @Size(max = 30) @Nullable List<@Size(max = 120) String> activities,
		@Nullable Boolean illustrative) implements RecordData {

	public NodeData {
		code = code == null ? null : code.strip();
		parent = parent == null || parent.isBlank() ? null : parent.strip();
		supporters = supporters == null ? List.of()
				: supporters.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
		activities = activities == null ? List.of()
				: activities.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
		targetBeyondPlan = Boolean.TRUE.equals(targetBeyondPlan);
		illustrative = Boolean.TRUE.equals(illustrative);
	}

	public NodeData withPlace(@Nullable String newParent, int newPosition) {
		return new NodeData(code, newParent, title, text, lead, supporters, target, targetBeyondPlan, area, newPosition,
				activities, illustrative);
	}

}
