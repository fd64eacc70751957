package org.liaison.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.plan.internal.Plan;
import org.liaison.plan.internal.PlanQueries;
import org.liaison.plan.internal.PlanStore;
import org.liaison.plan.internal.PlanTree;
import org.liaison.plan.internal.StoredNode;
import org.liaison.plan.internal.TreeCsv;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleRecordException;
import org.liaison.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's tree: its nodes added, corrected, moved and deleted one by one, or imported
 * from CSV. Every change is checked against the whole tree as it would be (levels of the
 * plan type, no cycles, targets within the plan's period) with the plan's row locked, and
 * then written as the rows it adds, changes and removes; any change of the tree moves the
 * plan's version.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanTreeService {

	private final PlanQueries queries;

	private final PlanStore store;

	private final PlanService plans;

	private final Validator validator;

	private final Clock clock;

	public NodeSummary node(UUID id, Audience audience) {
		return queries.node(id, audience).orElseThrow(() -> new RecordNotFoundException("node", id));
	}

	@Transactional
	public NodeSummary addNode(UUID planId, NodeData data) {
		Plan plan = store.lockAndLoad(planId);
		List<StoredNode> before = store.nodes(planId);
		StoredNode added = new StoredNode(UUID.randomUUID(), data, 0, 0);
		List<StoredNode> after = new ArrayList<>(before);
		after.add(added);
		saveTree(plan, before, settle(plan, after, Set.of(added.id()), (n, f) -> f));
		return node(added.id(), Audience.alliance());
	}

	@Transactional
	public NodeSummary reviseNode(UUID nodeId, long version, NodeData data) {
		return changeNode(nodeId, version, old -> data.position() == null
				? data.withPlace(data.parent(), old.data().position() == null ? 0 : old.data().position()) : data);
	}

	/**
	 * Moves a node under another parent (none: to the top) and to a place among its new
	 * siblings.
	 */
	@Transactional
	public NodeSummary moveNode(UUID nodeId, long version, @Nullable String parent, int position) {
		return changeNode(nodeId, version, old -> old.data().withPlace(Texts.clean(parent), Math.max(0, position)));
	}

	private NodeSummary changeNode(UUID nodeId, long version, Function<StoredNode, NodeData> change) {
		UUID planId = store.planOfNode(nodeId).orElseThrow(() -> new RecordNotFoundException("node", nodeId));
		Plan plan = store.lockAndLoad(planId);
		List<StoredNode> before = store.nodes(planId);
		StoredNode old = stored(before, nodeId, version);
		NodeData data = change.apply(old);
		List<StoredNode> after = new ArrayList<>();
		for (StoredNode node : before) {
			if (node.id().equals(nodeId)) {
				after.add(node.with(data, node.level()));
			}
			else if (!old.code().equals(data.code()) && old.code().equals(node.data().parent())) {
				// A renamed node keeps its children.
				after.add(node.with(node.data().withPlace(data.code(), node.position()), node.level()));
			}
			else {
				after.add(node);
			}
		}
		saveTree(plan, before, settle(plan, after, Set.of(nodeId), (n, f) -> f));
		return node(nodeId, Audience.alliance());
	}

	/** Deletes a node without children nor assessments (assessments are history). */
	@Transactional
	public void deleteNode(UUID nodeId, long version) {
		UUID planId = store.planOfNode(nodeId).orElseThrow(() -> new RecordNotFoundException("node", nodeId));
		Plan plan = store.lockAndLoad(planId);
		List<StoredNode> before = store.nodes(planId);
		StoredNode old = stored(before, nodeId, version);
		if (before.stream().anyMatch(n -> old.code().equals(n.data().parent()))) {
			throw new RuleViolationException("The node '" + old.code() + "' has children; delete or move them first");
		}
		if (store.hasAssessments(nodeId)) {
			throw new RuleViolationException(
					"The node '" + old.code() + "' has assessments, which are history; it cannot be deleted");
		}
		List<StoredNode> after = before.stream().filter(n -> !n.id().equals(nodeId)).toList();
		saveTree(plan, before, settle(plan, after, Set.of(), (n, f) -> f));
	}

	private static StoredNode stored(List<StoredNode> nodes, UUID id, long version) {
		StoredNode node = nodes.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
		if (node.version() != version) {
			throw new StaleRecordException("node", node.code());
		}
		return node;
	}

	/**
	 * Imports a tree from CSV (code, parent code, title, lead, target): every row is
	 * checked first and every bad row reported with its line number; on any error nothing
	 * is written. A node whose code is in the plan is updated, others added; importing
	 * the same file again changes nothing.
	 */
	@Transactional
	public ImportResult importTree(UUID planId, String csv) {
		Plan plan = store.lockAndLoad(planId);
		List<StoredNode> before = store.nodes(planId);
		Map<String, StoredNode> byCode = new HashMap<>();
		before.forEach(n -> byCode.put(n.code(), n));
		List<Problem> problems = new ArrayList<>();
		List<TreeCsv.Line> lines = TreeCsv.parse(csv == null ? "" : csv);
		if (lines.isEmpty()) {
			throw InvalidInputException.of("csv",
					"The file has no rows; its columns are code, parent code, title, lead, target");
		}
		Map<String, Integer> lineOf = new HashMap<>();
		Map<String, StoredNode> fromFile = new LinkedHashMap<>();
		Map<String, Integer> siblings = new HashMap<>();
		before.forEach(n -> siblings.merge(String.valueOf(n.data().parent()), 1, Integer::sum));
		for (TreeCsv.Line line : lines) {
			String where = "line " + line.number();
			List<String> cells = line.cells();
			if (cells.size() != 5) {
				problems.add(new Problem(where, "Line " + line.number()
						+ ": expected 5 columns (code, parent code, title, lead, target), found " + cells.size()));
				continue;
			}
			List<String> rowProblems = new ArrayList<>();
			String code = cells.get(0);
			String parent = Texts.clean(cells.get(1));
			PartialDate target = null;
			try {
				target = PartialDate.parseOrNull(cells.get(4));
			}
			catch (IllegalArgumentException ex) {
				rowProblems.add(ex.getMessage());
			}
			if (lineOf.containsKey(code)) {
				rowProblems.add("the code '" + code + "' is also on line " + lineOf.get(code));
			}
			StoredNode existing = byCode.get(code);
			// The file's five columns replace those fields; a known node keeps the rest.
			NodeData data = existing == null
					? new NodeData(code, parent, cells.get(2), null, Texts.clean(cells.get(3)), List.of(), target,
							false, null, null, List.of(), false)
					: new NodeData(code, parent, cells.get(2), existing.data().text(), Texts.clean(cells.get(3)),
							existing.data().supporters(), target, existing.data().targetBeyondPlan(),
							existing.data().area(), existing.data().position(), existing.data().activities(),
							existing.data().illustrative());
			for (ConstraintViolation<NodeData> violation : validator.validate(data)) {
				rowProblems.add(label(violation.getPropertyPath().toString()) + " " + violation.getMessage());
			}
			if (!rowProblems.isEmpty()) {
				problems.add(new Problem(where, "Line " + line.number() + ": " + String.join("; ", rowProblems)));
				continue;
			}
			lineOf.put(code, line.number());
			if (existing == null) {
				int position = siblings.merge(String.valueOf(parent), 1, Integer::sum) - 1;
				data = data.withPlace(parent, position);
			}
			fromFile.put(code, existing == null ? new StoredNode(UUID.randomUUID(), data, 0, 0)
					: existing.with(data, existing.level()));
		}
		List<StoredNode> after = new ArrayList<>();
		before.forEach(n -> after.add(fromFile.getOrDefault(n.code(), n)));
		fromFile.values().stream().filter(n -> !byCode.containsKey(n.code())).forEach(after::add);
		BiFunction<NodeData, String, String> field = (n, f) -> lineOf.containsKey(n.code())
				? "line " + lineOf.get(n.code()) : f;
		List<Problem> treeProblems = PlanTree
			.problems(after.stream().map(StoredNode::data).toList(), plans.levelsOf(plan.planType()), plan.periodTo(),
					field)
			.stream()
			.map(p -> p.field().startsWith("line ")
					? new Problem(p.field(), "Line " + p.field().substring(5) + ": " + p.message()) : p)
			.toList();
		problems.addAll(treeProblems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.stream()
				.sorted(Comparator
					.comparingInt(p -> p.field().startsWith("line ") ? Integer.parseInt(p.field().substring(5)) : 0))
				.toList());
		}
		int[] counts = saveTree(plan, before, settle(plan, after, Set.of(), field));
		return new ImportResult(counts[0], counts[1], fromFile.size() - counts[0] - counts[1]);
	}

	private static String label(String property) {
		return switch (property) {
			case "code" -> "the code";
			case "title" -> "the title";
			case "lead" -> "the lead";
			default -> "the " + property;
		};
	}

	/**
	 * Checks the whole tree, then gives each node its level and each group of siblings
	 * positions from 0; the nodes just moved go first among those that claim the same
	 * place.
	 * @param field where a problem of a node's field is reported (a form's field, a
	 * file's line)
	 */
	List<StoredNode> settle(Plan plan, List<StoredNode> nodes, Set<UUID> moved,
			BiFunction<NodeData, String, String> field) {
		List<Problem> problems = new ArrayList<>();
		for (StoredNode node : nodes) {
			for (ConstraintViolation<NodeData> violation : validator.validate(node.data())) {
				problems.add(new Problem(field.apply(node.data(), violation.getPropertyPath().toString()),
						violation.getMessage()));
			}
		}
		InvalidInputException.throwIfAny(problems);
		List<NodeData> data = nodes.stream().map(StoredNode::data).toList();
		problems.addAll(PlanTree.problems(data, plans.levelsOf(plan.planType()), plan.periodTo(), field));
		InvalidInputException.throwIfAny(problems);
		Map<String, Integer> depths = PlanTree.depths(data);
		Map<String, List<StoredNode>> groups = new LinkedHashMap<>();
		nodes.forEach(n -> groups.computeIfAbsent(String.valueOf(n.data().parent()), k -> new ArrayList<>()).add(n));
		List<StoredNode> result = new ArrayList<>();
		for (List<StoredNode> group : groups.values()) {
			group.sort(Comparator.comparingInt(StoredNode::position)
				.thenComparing(n -> moved.contains(n.id()) ? 0 : 1)
				.thenComparing(StoredNode::code));
			for (int i = 0; i < group.size(); i++) {
				StoredNode node = group.get(i);
				result.add(node.with(node.data().withPlace(node.data().parent(), i), depths.get(node.code())));
			}
		}
		return result;
	}

	private int[] saveTree(Plan plan, List<StoredNode> before, List<StoredNode> after) {
		int[] counts = store.saveTree(plan.id(), before, after);
		if (counts[0] + counts[1] + counts[2] > 0) {
			store.bump(plan.id(), clock.instant());
		}
		return counts;
	}

}
