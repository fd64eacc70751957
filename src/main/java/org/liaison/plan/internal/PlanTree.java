package org.liaison.plan.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.liaison.plan.NodeData;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PartialDate;

/**
 * The rules of a plan's tree, checked on the whole tree as a change would leave it: codes
 * are unique within the plan, every parent exists, there is no cycle, no node lies deeper
 * than the plan type's levels allow, and no target lies after the end of the plan's
 * period unless the node is flagged {@code targetBeyondPlan}.
 */
public final class PlanTree {

	private PlanTree() {
	}

	/**
	 * The problems of the tree, each on the field the given function names for a node and
	 * one of its fields ({@code code}, {@code parent}, {@code target}).
	 */
	public static List<Problem> problems(List<NodeData> nodes, int levels, @Nullable PartialDate planEnd,
			BiFunction<NodeData, String, String> field) {
		List<Problem> problems = new ArrayList<>();
		Map<String, NodeData> byCode = new HashMap<>();
		for (NodeData node : nodes) {
			if (byCode.putIfAbsent(node.code(), node) != null) {
				problems.add(new Problem(field.apply(node, "code"),
						"The code '" + node.code() + "' is used twice in the plan"));
			}
		}
		for (NodeData node : nodes) {
			if (node.parent() == null) {
				continue;
			}
			if (node.parent().equals(node.code())) {
				problems.add(new Problem(field.apply(node, "parent"), "A node cannot be its own parent"));
			}
			else if (!byCode.containsKey(node.parent())) {
				problems
					.add(new Problem(field.apply(node, "parent"), "No node '" + node.parent() + "' is in the plan"));
			}
			else if (inCycle(node, byCode)) {
				problems.add(new Problem(field.apply(node, "parent"), "Putting '" + node.code() + "' under '"
						+ node.parent() + "' makes a cycle: a node cannot be under its own descendant"));
			}
		}
		if (problems.isEmpty()) {
			Map<String, Integer> depths = depths(nodes);
			for (NodeData node : nodes) {
				int depth = depths.get(node.code());
				if (depth >= levels) {
					problems.add(
							new Problem(field.apply(node, "parent"), "The node '" + node.code() + "' would be at level "
									+ (depth + 1) + ", but plans of this type have " + levels + " levels"));
				}
			}
		}
		for (NodeData node : nodes) {
			if (node.target() != null && planEnd != null && !Boolean.TRUE.equals(node.targetBeyondPlan())
					&& node.target().firstDay().isAfter(planEnd.lastDay())) {
				problems.add(new Problem(field.apply(node, "target"),
						"The target (" + node.target() + ") is after the end of the plan (" + planEnd
								+ "); flag it as beyond the plan if that is meant"));
			}
		}
		return problems;
	}

	private static boolean inCycle(NodeData node, Map<String, NodeData> byCode) {
		Set<String> seen = new HashSet<>();
		NodeData current = node;
		while (current != null && current.parent() != null) {
			if (!seen.add(current.code())) {
				return true;
			}
			if (current.parent().equals(node.code())) {
				return true;
			}
			current = byCode.get(current.parent());
		}
		return false;
	}

	/**
	 * The depth of each node (0 at the top); the tree must have no cycle and no missing
	 * parent.
	 */
	public static Map<String, Integer> depths(List<NodeData> nodes) {
		Map<String, NodeData> byCode = new HashMap<>();
		nodes.forEach(n -> byCode.put(n.code(), n));
		Map<String, Integer> depths = new HashMap<>();
		for (NodeData node : nodes) {
			int depth = 0;
			NodeData current = node;
			while (current.parent() != null && byCode.containsKey(current.parent()) && depth <= nodes.size()) {
				depth++;
				current = byCode.get(current.parent());
			}
			depths.put(node.code(), depth);
		}
		return depths;
	}

	/** The nodes depth first, siblings by position then code. */
	public static <T> List<T> ordered(List<T> nodes, java.util.function.Function<T, String> code,
			java.util.function.Function<T, @Nullable String> parent, java.util.function.Function<T, Integer> position) {
		Map<@Nullable String, List<T>> children = new LinkedHashMap<>();
		Set<String> codes = new HashSet<>();
		nodes.forEach(n -> codes.add(code.apply(n)));
		for (T node : nodes) {
			String p = parent.apply(node);
			children.computeIfAbsent(p != null && codes.contains(p) ? p : null, k -> new ArrayList<>()).add(node);
		}
		Comparator<T> order = Comparator.comparing(position).thenComparing(code);
		children.values().forEach(list -> list.sort(order));
		List<T> result = new ArrayList<>();
		Set<String> done = new HashSet<>();
		walk(null, children, code, result, done);
		return result;
	}

	private static <T> void walk(@Nullable String parent, Map<@Nullable String, List<T>> children,
			java.util.function.Function<T, String> code, List<T> result, Set<String> done) {
		for (T node : children.getOrDefault(parent, List.of())) {
			if (done.add(code.apply(node))) {
				result.add(node);
				walk(code.apply(node), children, code, result, done);
			}
		}
	}

	/** The codes of the node's descendants (not itself). */
	public static Set<String> descendants(String code, List<NodeData> nodes) {
		Set<String> result = new HashSet<>();
		boolean grew = true;
		while (grew) {
			grew = false;
			for (NodeData node : nodes) {
				if (node.parent() != null && (node.parent().equals(code) || result.contains(node.parent()))
						&& !node.code().equals(code) && result.add(node.code())) {
					grew = true;
				}
			}
		}
		return result;
	}

}
