package org.liaison.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.plan.ProgressSummary.AreaProgress;
import org.liaison.plan.ProgressSummary.CycleProgress;
import org.liaison.plan.ProgressSummary.Movement;
import org.liaison.plan.internal.PlanQueries;
import org.liaison.plan.internal.PlanTree;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a plan's assessments add up to, derived on every read and never stored: a plan's
 * tree with each node's latest rating and each parent's roll-up of its leaves, a
 * partner's progress (achieved shares per area and cycle, goals that moved between the
 * last two cycles), the same across partners, and two plans compared node by node. A
 * plan's reads take one query for its nodes and one for its assessments, however many
 * plans they cover.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanProgressService {

	private static final String UNSPECIFIED_AREA = "unspecified";

	private final PlanQueries queries;

	private final PlanService plans;

	/**
	 * A plan with its whole tree and latest ratings: one query for the nodes, one for the
	 * assessments.
	 */
	public PlanDetails details(UUID id, Audience audience) {
		PlanSummary plan = plans.plan(id, audience);
		List<UUID> ids = List.of(id);
		return assemble(plan, plans.typeOrEmpty(plan.type()), queries.nodes(ids, audience).getOrDefault(id, List.of()),
				queries.assessments(ids, audience).getOrDefault(id, List.of()),
				queries.rounds(ids, audience).getOrDefault(id, List.of()));
	}

	private static PlanDetails assemble(PlanSummary plan, PlanTypeSummary type, List<NodeSummary> rows,
			List<AssessmentSummary> assessments, List<RoundSummary> rounds) {
		Map<UUID, AssessmentSummary> latest = latest(assessments);
		List<NodeSummary> ordered = PlanTree.ordered(rows, NodeSummary::code, NodeSummary::parent,
				NodeSummary::position);
		Map<String, List<String>> children = new HashMap<>();
		ordered.forEach(n -> {
			if (n.parent() != null) {
				children.computeIfAbsent(n.parent(), k -> new ArrayList<>()).add(n.code());
			}
		});
		Map<String, NodeSummary> byCode = new HashMap<>();
		ordered.forEach(n -> byCode.put(n.code(), n));
		List<NodeSummary> nodes = new ArrayList<>();
		List<@Nullable Rating> allLeaves = new ArrayList<>();
		for (NodeSummary node : ordered) {
			AssessmentSummary last = latest.get(node.id());
			Rollup rollup = null;
			if (children.containsKey(node.code())) {
				List<@Nullable Rating> leaves = new ArrayList<>();
				collectLeaves(node.code(), children, byCode, latest, leaves, new HashSet<>());
				rollup = Rollup.of(leaves);
			}
			else {
				allLeaves.add(last == null ? null : last.rating());
			}
			nodes.add(node.with(last, rollup));
		}
		return new PlanDetails(plan, type, nodes, rounds, assessments, Rollup.of(allLeaves));
	}

	private static void collectLeaves(String code, Map<String, List<String>> children, Map<String, NodeSummary> byCode,
			Map<UUID, AssessmentSummary> latest, List<@Nullable Rating> leaves, Set<String> seen) {
		for (String child : children.getOrDefault(code, List.of())) {
			if (!seen.add(child)) {
				continue;
			}
			if (children.containsKey(child)) {
				collectLeaves(child, children, byCode, latest, leaves, seen);
			}
			else {
				AssessmentSummary last = latest.get(byCode.get(child).id());
				leaves.add(last == null ? null : last.rating());
			}
		}
	}

	private static final Comparator<AssessmentSummary> RECENCY = Comparator.comparing(AssessmentSummary::on)
		.thenComparingInt(AssessmentSummary::seq);

	/** Each node's latest assessment: by date, then the order recorded. */
	static Map<UUID, AssessmentSummary> latest(List<AssessmentSummary> assessments) {
		Map<UUID, AssessmentSummary> latest = new HashMap<>();
		for (AssessmentSummary a : assessments) {
			latest.merge(a.node(), a, (x, y) -> RECENCY.compare(x, y) >= 0 ? x : y);
		}
		return latest;
	}

	/** The progress of a partner's plans as far as the reader may see them. */
	public ProgressSummary progress(NationCode partner, Audience audience) {
		List<PlanSummary> list = queries.allPlans(partner, audience);
		List<UUID> ids = list.stream().map(PlanSummary::id).toList();
		return progress(partner, list, queries.nodes(ids, audience), queries.assessments(ids, audience));
	}

	/**
	 * Every partner's progress side by side, for NATO staff and Allies; a partner's users
	 * see only their own, and readers of public records only nothing.
	 */
	public List<PartnerProgress> comparison(Audience audience) {
		if (audience.kind() == Audience.Kind.PUBLIC) {
			return List.of();
		}
		NationCode only = audience.kind() == Audience.Kind.PARTNER ? audience.nation() : null;
		List<PlanSummary> list = queries.allPlans(only, audience);
		List<UUID> ids = list.stream().map(PlanSummary::id).toList();
		Map<UUID, List<NodeSummary>> nodes = queries.nodes(ids, audience);
		Map<UUID, List<AssessmentSummary>> assessments = queries.assessments(ids, audience);
		Map<NationCode, List<PlanSummary>> byPartner = new LinkedHashMap<>();
		list.forEach(p -> byPartner.computeIfAbsent(p.partner(), k -> new ArrayList<>()).add(p));
		return byPartner.entrySet().stream().map(e -> {
			ProgressSummary progress = progress(e.getKey(), e.getValue(), nodes, assessments);
			return new PartnerProgress(e.getKey(), e.getValue().size(), progress.overall(), progress.toCycle(),
					progress.slipped().size());
		}).toList();
	}

	private static ProgressSummary progress(NationCode partner, List<PlanSummary> list,
			Map<UUID, List<NodeSummary>> nodesByPlan, Map<UUID, List<AssessmentSummary>> assessmentsByPlan) {
		record Goal(PlanSummary plan, NodeSummary node) {
		}
		Map<UUID, Goal> goals = new LinkedHashMap<>();
		List<AssessmentSummary> assessments = new ArrayList<>();
		for (PlanSummary plan : list) {
			List<NodeSummary> nodes = PlanTree.ordered(nodesByPlan.getOrDefault(plan.id(), List.of()),
					NodeSummary::code, NodeSummary::parent, NodeSummary::position);
			Set<String> parents = nodes.stream()
				.map(NodeSummary::parent)
				.filter(Objects::nonNull)
				.collect(Collectors.toSet());
			nodes.stream().filter(n -> !parents.contains(n.code())).forEach(n -> goals.put(n.id(), new Goal(plan, n)));
			assessments.addAll(assessmentsByPlan.getOrDefault(plan.id(), List.of()));
		}
		List<AssessmentSummary> ofGoals = assessments.stream().filter(a -> goals.containsKey(a.node())).toList();
		Map<UUID, AssessmentSummary> latest = latest(ofGoals);
		Map<String, List<@Nullable Rating>> areas = new LinkedHashMap<>();
		List<@Nullable Rating> all = new ArrayList<>();
		goals.values().stream().sorted(Comparator.comparing(g -> areaOf(g.node()))).forEach(goal -> {
			AssessmentSummary last = latest.get(goal.node().id());
			Rating rating = last == null ? null : last.rating();
			areas.computeIfAbsent(areaOf(goal.node()), k -> new ArrayList<>()).add(rating);
			all.add(rating);
		});
		List<AreaProgress> byArea = areas.entrySet()
			.stream()
			.map(e -> new AreaProgress(e.getKey(), Rollup.of(e.getValue())))
			.toList();
		// Cycles in the order of their latest assessment date.
		Map<String, List<AssessmentSummary>> byCycle = new HashMap<>();
		ofGoals.stream()
			.filter(a -> a.cycle() != null)
			.forEach(a -> byCycle.computeIfAbsent(a.cycle(), k -> new ArrayList<>()).add(a));
		List<String> cycles = byCycle.keySet()
			.stream()
			.sorted(Comparator
				.comparing((String c) -> byCycle.get(c)
					.stream()
					.map(AssessmentSummary::on)
					.max(Comparator.naturalOrder())
					.orElseThrow())
				.thenComparing(Comparator.naturalOrder()))
			.toList();
		Map<String, Map<UUID, AssessmentSummary>> latestInCycle = new HashMap<>();
		List<CycleProgress> cycleProgress = new ArrayList<>();
		for (String cycle : cycles) {
			Map<UUID, AssessmentSummary> inCycle = latest(byCycle.get(cycle));
			latestInCycle.put(cycle, inCycle);
			int assessed = inCycle.size();
			int achieved = (int) inCycle.values().stream().filter(a -> a.rating() == Rating.ACHIEVED).count();
			int counted = (int) inCycle.values().stream().filter(a -> a.rating().counts()).count();
			cycleProgress.add(new CycleProgress(cycle, assessed, achieved,
					counted == 0 ? 0 : (int) Math.round(100.0 * achieved / counted)));
		}
		String from = cycles.size() >= 2 ? cycles.get(cycles.size() - 2) : null;
		String to = cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
		List<Movement> movements = new ArrayList<>();
		if (from != null) {
			Map<UUID, AssessmentSummary> a = latestInCycle.get(from);
			Map<UUID, AssessmentSummary> b = latestInCycle.get(to);
			for (Goal goal : goals.values()) {
				AssessmentSummary before = a.get(goal.node().id());
				AssessmentSummary after = b.get(goal.node().id());
				if (before != null && after != null) {
					movements.add(new Movement(goal.plan().id(), goal.plan().title(), goal.node().code(),
							goal.node().title(), goal.node().area(), before.rating(), after.rating()));
				}
			}
		}
		return new ProgressSummary(partner, Rollup.of(all), byArea, cycleProgress, from, to, movements);
	}

	private static String areaOf(NodeSummary node) {
		return node.area() == null ? UNSPECIFIED_AREA : node.area();
	}

	/** Two plans compared by node code: the nodes the second adds, drops and changes. */
	public PlanComparison compare(UUID from, UUID to, Audience audience) {
		PlanDetails a = details(from, audience);
		PlanDetails b = details(to, audience);
		Map<String, NodeSummary> before = new LinkedHashMap<>();
		a.nodes().forEach(n -> before.put(n.code(), n));
		Map<String, NodeSummary> after = new LinkedHashMap<>();
		b.nodes().forEach(n -> after.put(n.code(), n));
		List<NodeSummary> added = b.nodes().stream().filter(n -> !before.containsKey(n.code())).toList();
		List<NodeSummary> removed = a.nodes().stream().filter(n -> !after.containsKey(n.code())).toList();
		List<PlanComparison.Change> changed = new ArrayList<>();
		for (NodeSummary node : b.nodes()) {
			NodeSummary old = before.get(node.code());
			if (old == null) {
				continue;
			}
			List<String> fields = new ArrayList<>();
			diff(fields, "title", old.title(), node.title());
			diff(fields, "parent", old.parent(), node.parent());
			diff(fields, "text", old.text(), node.text());
			diff(fields, "lead", old.lead(), node.lead());
			diff(fields, "supporters", old.supporters(), node.supporters());
			diff(fields, "target", old.target(), node.target());
			diff(fields, "area", old.area(), node.area());
			diff(fields, "activities", old.activities(), node.activities());
			if (!fields.isEmpty()) {
				changed.add(new PlanComparison.Change(old, node, fields));
			}
		}
		return new PlanComparison(a.plan(), b.plan(), added, removed, changed);
	}

	private static void diff(List<String> fields, String name, @Nullable Object a, @Nullable Object b) {
		if (!Objects.equals(a, b)) {
			fields.add(name);
		}
	}

}
