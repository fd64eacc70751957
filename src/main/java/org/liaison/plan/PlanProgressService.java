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
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.plan.ProgressSummary.AreaProgress;
import org.liaison.plan.ProgressSummary.CycleProgress;
import org.liaison.plan.ProgressSummary.Movement;
import org.liaison.plan.internal.LatestRating;
import org.liaison.plan.internal.PlanQueries;
import org.liaison.plan.internal.PlanTree;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a plan's assessments add up to, derived on every read and never stored: a plan's
 * tree with each node's latest rating and each parent's roll-up of its leaves, a
 * partner's progress (achieved shares per area and cycle, goals that moved between the
 * last two cycles), the same across partners, and two plans compared node by node. The
 * reads take one query for the nodes and one for the latest assessments, however many
 * plans they cover: the database picks each node's latest (for progress, its latest in
 * each cycle, in the few columns a roll-up needs), so a long history is never read whole.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanProgressService {

	private static final String UNSPECIFIED_AREA = "unspecified";

	private final PlanQueries queries;

	private final PlanService plans;

	/**
	 * A plan with its whole tree and latest ratings, and the first page of its
	 * assessments.
	 */
	public PlanDetails details(UUID id, Audience audience) {
		return details(id, audience, PageOf.Request.first());
	}

	/**
	 * A plan with its whole tree and latest ratings, and one page of its assessments: a
	 * query each for the nodes, their latest assessments and the page, however long the
	 * history.
	 */
	public PlanDetails details(UUID id, Audience audience, PageOf.Request page) {
		PlanSummary plan = plans.plan(id, audience);
		List<UUID> ids = List.of(id);
		return assemble(plan, plans.typeOrEmpty(plan.type()), queries.nodes(ids, audience).getOrDefault(id, List.of()),
				queries.latestAssessments(ids, audience).getOrDefault(id, List.of()),
				queries.history(id, audience, page), queries.rounds(ids, audience).getOrDefault(id, List.of()));
	}

	/**
	 * The page of the plan's assessments that shows the given one, as the reader sees the
	 * history.
	 */
	public PageOf.Request pageShowing(AssessmentSummary assessment, Audience audience) {
		long after = queries.recordedAfter(assessment.plan(), assessment.seq(), audience);
		return new PageOf.Request((int) (after / PageOf.DEFAULT_SIZE), PageOf.DEFAULT_SIZE);
	}

	private static PlanDetails assemble(PlanSummary plan, PlanTypeSummary type, List<NodeSummary> rows,
			List<AssessmentSummary> latestOfNodes, PageOf<AssessmentSummary> history, List<RoundSummary> rounds) {
		Map<UUID, AssessmentSummary> latest = new HashMap<>();
		latestOfNodes.forEach(a -> latest.put(a.node(), a));
		List<NodeSummary> ordered = PlanTree.ordered(rows, NodeSummary::code, NodeSummary::parent,
				NodeSummary::position);
		Map<String, List<@Nullable Rating>> leaves = leafRatings(ordered, latest);
		List<NodeSummary> nodes = new ArrayList<>();
		List<@Nullable Rating> allLeaves = new ArrayList<>();
		for (NodeSummary node : ordered) {
			AssessmentSummary last = latest.get(node.id());
			List<@Nullable Rating> below = leaves.get(node.code());
			if (below == null) {
				allLeaves.add(last == null ? null : last.rating());
			}
			nodes.add(node.with(last, below == null ? null : Rollup.of(below)));
		}
		return new PlanDetails(plan, type, nodes, rounds, history, Rollup.of(allLeaves));
	}

	/**
	 * The latest ratings of the leaves below each node that has children, gathered in one
	 * pass from the bottom up: the tree is depth first, so a node's children all come
	 * after it.
	 */
	private static Map<String, List<@Nullable Rating>> leafRatings(List<NodeSummary> ordered,
			Map<UUID, AssessmentSummary> latest) {
		Set<String> codes = new HashSet<>();
		ordered.forEach(n -> codes.add(n.code()));
		Map<String, List<@Nullable Rating>> below = new HashMap<>();
		for (int i = ordered.size() - 1; i >= 0; i--) {
			NodeSummary node = ordered.get(i);
			if (node.parent() == null || !codes.contains(node.parent())) {
				continue;
			}
			List<@Nullable Rating> parent = below.computeIfAbsent(node.parent(), k -> new ArrayList<>());
			List<@Nullable Rating> own = below.get(node.code());
			if (own != null) {
				parent.addAll(own);
			}
			else {
				AssessmentSummary last = latest.get(node.id());
				parent.add(last == null ? null : last.rating());
			}
		}
		return below;
	}

	/** The progress of a partner's plans as far as the reader may see them. */
	public ProgressSummary progress(NationCode partner, Audience audience) {
		List<PlanSummary> list = queries.allPlans(partner, audience);
		List<UUID> ids = list.stream().map(PlanSummary::id).toList();
		return progress(partner, list, queries.nodes(ids, audience), queries.latestRatings(ids, audience));
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
		List<LatestRating> ratings = queries.latestRatings(ids, audience);
		Map<NationCode, List<PlanSummary>> byPartner = new LinkedHashMap<>();
		list.forEach(p -> byPartner.computeIfAbsent(p.partner(), k -> new ArrayList<>()).add(p));
		return byPartner.entrySet().stream().map(e -> {
			ProgressSummary progress = progress(e.getKey(), e.getValue(), nodes, ratings);
			return new PartnerProgress(e.getKey(), e.getValue().size(), progress.overall(), progress.toCycle(),
					progress.slipped().size());
		}).toList();
	}

	private static ProgressSummary progress(NationCode partner, List<PlanSummary> list,
			Map<UUID, List<NodeSummary>> nodesByPlan, List<LatestRating> ratings) {
		record Goal(PlanSummary plan, NodeSummary node) {
		}
		Map<UUID, Goal> goals = new LinkedHashMap<>();
		for (PlanSummary plan : list) {
			List<NodeSummary> nodes = PlanTree.ordered(nodesByPlan.getOrDefault(plan.id(), List.of()),
					NodeSummary::code, NodeSummary::parent, NodeSummary::position);
			Set<String> parents = nodes.stream()
				.map(NodeSummary::parent)
				.filter(Objects::nonNull)
				.collect(Collectors.toSet());
			nodes.stream().filter(n -> !parents.contains(n.code())).forEach(n -> goals.put(n.id(), new Goal(plan, n)));
		}
		List<LatestRating> ofGoals = ratings.stream().filter(r -> goals.containsKey(r.node())).toList();
		// A goal's latest rating is the latest of its latest in each cycle.
		Map<UUID, LatestRating> latest = ofGoals.stream()
			.collect(Collectors.toMap(LatestRating::node, r -> r, BinaryOperator.maxBy(LatestRating.RECENCY)));
		Map<String, List<@Nullable Rating>> areas = new LinkedHashMap<>();
		List<@Nullable Rating> all = new ArrayList<>();
		goals.values().stream().sorted(Comparator.comparing(g -> areaOf(g.node()))).forEach(goal -> {
			LatestRating last = latest.get(goal.node().id());
			Rating rating = last == null ? null : last.rating();
			areas.computeIfAbsent(areaOf(goal.node()), k -> new ArrayList<>()).add(rating);
			all.add(rating);
		});
		List<AreaProgress> byArea = areas.entrySet()
			.stream()
			.map(e -> new AreaProgress(e.getKey(), Rollup.of(e.getValue())))
			.toList();
		// Each goal's latest rating in each cycle, the cycles in the order of their
		// latest
		// assessment date.
		Map<String, Map<UUID, LatestRating>> latestInCycle = new HashMap<>();
		ofGoals.stream()
			.filter(r -> r.cycle() != null)
			.forEach(r -> latestInCycle.computeIfAbsent(r.cycle(), k -> new HashMap<>()).put(r.node(), r));
		List<String> cycles = latestInCycle.keySet()
			.stream()
			.sorted(Comparator
				.comparing((String c) -> latestInCycle.get(c)
					.values()
					.stream()
					.map(LatestRating::on)
					.max(Comparator.naturalOrder())
					.orElseThrow())
				.thenComparing(Comparator.naturalOrder()))
			.toList();
		List<CycleProgress> cycleProgress = new ArrayList<>();
		for (String cycle : cycles) {
			Map<UUID, LatestRating> inCycle = latestInCycle.get(cycle);
			int assessed = inCycle.size();
			int achieved = (int) inCycle.values().stream().filter(r -> r.rating() == Rating.ACHIEVED).count();
			int counted = (int) inCycle.values().stream().filter(r -> r.rating().counts()).count();
			cycleProgress.add(new CycleProgress(cycle, assessed, achieved,
					counted == 0 ? 0 : (int) Math.round(100.0 * achieved / counted)));
		}
		String from = cycles.size() >= 2 ? cycles.get(cycles.size() - 2) : null;
		String to = cycles.isEmpty() ? null : cycles.get(cycles.size() - 1);
		List<Movement> movements = new ArrayList<>();
		if (from != null) {
			Map<UUID, LatestRating> a = latestInCycle.get(from);
			Map<UUID, LatestRating> b = latestInCycle.get(to);
			for (Goal goal : goals.values()) {
				LatestRating before = a.get(goal.node().id());
				LatestRating after = b.get(goal.node().id());
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
