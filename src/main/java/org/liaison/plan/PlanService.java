package org.liaison.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementSummary;
import org.liaison.partner.PartnerService;
import org.liaison.plan.ProgressSummary.AreaProgress;
import org.liaison.plan.ProgressSummary.CycleProgress;
import org.liaison.plan.ProgressSummary.Movement;
import org.liaison.plan.internal.Plan;
import org.liaison.plan.internal.PlanQueries;
import org.liaison.plan.internal.PlanRepository;
import org.liaison.plan.internal.PlanStore;
import org.liaison.plan.internal.PlanTree;
import org.liaison.plan.internal.StoredNode;
import org.liaison.plan.internal.TreeCsv;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.LifecycleMove.Transition;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleRecordException;
import org.liaison.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan module's API: plans and their trees, the lifecycle, assessment rounds and
 * assessments, progress derived from the latest ratings, comparisons, the CSV import of a tree
 * and the dossier's import and export. Reads take the reader's {@link Audience} and apply it in
 * SQL; a plan, node or assessment the reader may not see is reported as not found. Every write to
 * a plan's tree, rounds or assessments locks the plan's row and moves its version, so the tree's
 * rules and the rounds' locks hold under concurrent writers.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

	static final String UNSPECIFIED_AREA = "unspecified";

	private final PlanQueries queries;

	private final PlanRepository plans;

	private final PlanStore store;

	private final PartnerService partners;

	private final AgreementService agreements;

	private final Validator validator;

	private final Clock clock;

	PlanService(PlanQueries queries, PlanRepository plans, PlanStore store, PartnerService partners,
			AgreementService agreements, Validator validator, Clock clock) {
		this.queries = queries;
		this.plans = plans;
		this.store = store;
		this.partners = partners;
		this.agreements = agreements;
		this.validator = validator;
		this.clock = clock;
	}

	// Reads

	public PageOf<PlanSummary> plans(NationCode partner, Audience audience, PageOf.Request page) {
		return queries.plans(partner, audience, page);
	}

	public List<PlanSummary> allPlans(NationCode partner, Audience audience) {
		return queries.allPlans(partner, audience);
	}

	public PlanSummary plan(UUID id, Audience audience) {
		return queries.plan(id, audience).orElseThrow(() -> new RecordNotFoundException("plan", id));
	}

	public PlanSummary plan(NationCode partner, String ref, Audience audience) {
		return queries.plan(partner, ref, audience)
			.orElseThrow(() -> new RecordNotFoundException("plan", partner + "/" + ref));
	}

	public List<PlanTypeSummary> types() {
		return queries.types();
	}

	public PlanTypeSummary type(String code) {
		return types().stream()
			.filter(t -> t.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("plan type", code));
	}

	/** A plan with its whole tree and latest ratings: one query for the nodes, one for the assessments. */
	public PlanDetails details(UUID id, Audience audience) {
		PlanSummary plan = plan(id, audience);
		List<UUID> ids = List.of(id);
		return assemble(plan, typeOrEmpty(plan.type()), queries.nodes(ids, audience).getOrDefault(id, List.of()),
				queries.assessments(ids, audience).getOrDefault(id, List.of()),
				queries.rounds(ids, audience).getOrDefault(id, List.of()));
	}

	public NodeSummary node(UUID id, Audience audience) {
		return queries.node(id, audience).orElseThrow(() -> new RecordNotFoundException("node", id));
	}

	public AssessmentSummary assessment(UUID id, Audience audience) {
		return queries.assessment(id, audience).orElseThrow(() -> new RecordNotFoundException("assessment", id));
	}

	public RoundSummary round(UUID id, Audience audience) {
		return queries.round(id, audience).orElseThrow(() -> new RecordNotFoundException("assessment round", id));
	}

	private PlanTypeSummary typeOrEmpty(String code) {
		return types().stream().filter(t -> t.code().equals(code)).findFirst().orElse(new PlanTypeSummary(code, code, List.of()));
	}

	private static PlanDetails assemble(PlanSummary plan, PlanTypeSummary type, List<NodeSummary> rows,
			List<AssessmentSummary> assessments, List<RoundSummary> rounds) {
		Map<UUID, AssessmentSummary> latest = latest(assessments);
		List<NodeSummary> ordered = PlanTree.ordered(rows, NodeSummary::code, NodeSummary::parent, NodeSummary::position);
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

	// Progress

	/** The progress of a partner's plans as far as the reader may see them. */
	public ProgressSummary progress(NationCode partner, Audience audience) {
		List<PlanSummary> list = queries.allPlans(partner, audience);
		List<UUID> ids = list.stream().map(PlanSummary::id).toList();
		return progress(partner, list, queries.nodes(ids, audience), queries.assessments(ids, audience));
	}

	/**
	 * Every partner's progress side by side, for NATO staff and Allies; a partner's users see only
	 * their own, and readers of public records only nothing.
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
			List<NodeSummary> nodes = PlanTree.ordered(nodesByPlan.getOrDefault(plan.id(), List.of()), NodeSummary::code,
					NodeSummary::parent, NodeSummary::position);
			Set<String> parents = nodes.stream().map(NodeSummary::parent).filter(Objects::nonNull).collect(Collectors.toSet());
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
		List<AreaProgress> byArea = areas.entrySet().stream().map(e -> new AreaProgress(e.getKey(), Rollup.of(e.getValue()))).toList();
		// Cycles in the order of their latest assessment date.
		Map<String, List<AssessmentSummary>> byCycle = new HashMap<>();
		ofGoals.stream().filter(a -> a.cycle() != null).forEach(a -> byCycle.computeIfAbsent(a.cycle(), k -> new ArrayList<>()).add(a));
		List<String> cycles = byCycle.keySet()
			.stream()
			.sorted(Comparator.comparing((String c) -> byCycle.get(c).stream().map(AssessmentSummary::on).max(Comparator.naturalOrder()).orElseThrow())
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
			cycleProgress.add(new CycleProgress(cycle, assessed, achieved, counted == 0 ? 0 : (int) Math.round(100.0 * achieved / counted)));
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
					movements.add(new Movement(goal.plan().id(), goal.plan().title(), goal.node().code(), goal.node().title(),
							goal.node().area(), before.rating(), after.rating()));
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

	// Writes: plans

	@Transactional
	public PlanSummary add(NationCode partner, PlanData data) {
		partners.requirePartner(partner);
		checkReferences(partner, data, true);
		if (plans.findByPartnerAndRef(partner, data.refOrDefault()).isPresent()) {
			throw refTaken(data);
		}
		Plan plan = plans.save(Plan.record(partner, data, now()));
		return plan(plan.id(), Audience.alliance());
	}

	@Transactional
	public PlanSummary revise(UUID id, long version, PlanData data) {
		Plan plan = load(id, version);
		checkReferences(plan.partner(), data, true);
		plans.findByPartnerAndRef(plan.partner(), data.refOrDefault())
			.filter(other -> !other.id().equals(id))
			.ifPresent(other -> {
				throw refTaken(data);
			});
		List<NodeData> nodes = store.nodes(id).stream().map(StoredNode::data).toList();
		List<Problem> problems = PlanTree.problems(nodes, levelsOf(data.type()), data.periodTo(), (n, f) -> f)
			.stream()
			.filter(p -> p.field().equals("target"))
			.map(p -> new Problem("periodTo", p.message()))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.subList(0, 1));
		}
		plan.revise(data, now());
		plans.save(plan);
		return plan(id, Audience.alliance());
	}

	/** Deletes a plan recorded by mistake; a plan with an approved round is history and is never deleted. */
	@Transactional
	public void delete(UUID id, long version) {
		Plan plan = load(id, version);
		if (queries.rounds(List.of(id), Audience.alliance()).getOrDefault(id, List.of()).stream().anyMatch(r -> !r.open())) {
			throw new RuleViolationException("The plan has an approved assessment round, which is never erased; mark it completed or superseded instead");
		}
		plans.delete(plan);
	}

	@Transactional
	public PlanSummary move(UUID id, long version, Move move) {
		Plan plan = load(id, version);
		plan.move(move, now());
		plans.save(plan);
		return plan(id, Audience.alliance());
	}

	@Transactional
	public PlanTypeSummary addType(PlanTypeData data) {
		if (types().stream().anyMatch(t -> t.code().equals(data.code()))) {
			throw InvalidInputException.of("code", "The plan type '" + data.code() + "' exists");
		}
		store.addType(data);
		return type(data.code());
	}

	private void checkReferences(NationCode partner, PlanData data, boolean predecessor) {
		List<Problem> problems = new ArrayList<>();
		if (types().stream().noneMatch(t -> t.code().equals(data.type().strip()))) {
			problems.add(new Problem("type", "No plan type '" + data.type() + "' is known; the types are "
					+ types().stream().map(PlanTypeSummary::code).collect(Collectors.joining(", "))));
		}
		String agreement = Texts.clean(data.agreement());
		if (agreement != null && agreements.allAgreements(partner, Audience.alliance())
			.stream()
			.map(AgreementSummary::ref)
			.noneMatch(agreement::equals)) {
			problems.add(new Problem("agreement", "No agreement '" + agreement + "' of " + partner + " is recorded"));
		}
		String before = Texts.clean(data.predecessor());
		if (predecessor && before != null && plans.findByPartnerAndRef(partner, before).isEmpty()) {
			problems.add(new Problem("predecessor", "No plan '" + before + "' of " + partner + " is recorded"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	// Writes: the tree

	@Transactional
	public NodeSummary addNode(UUID planId, NodeData data) {
		Plan plan = lockAndLoad(planId);
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

	/** Moves a node under another parent (none: to the top) and to a place among its new siblings. */
	@Transactional
	public NodeSummary moveNode(UUID nodeId, long version, @Nullable String parent, int position) {
		return changeNode(nodeId, version, old -> old.data().withPlace(Texts.clean(parent), Math.max(0, position)));
	}

	private NodeSummary changeNode(UUID nodeId, long version, java.util.function.Function<StoredNode, NodeData> change) {
		UUID planId = store.planOfNode(nodeId).orElseThrow(() -> new RecordNotFoundException("node", nodeId));
		Plan plan = lockAndLoad(planId);
		List<StoredNode> before = store.nodes(planId);
		StoredNode old = before.stream().filter(n -> n.id().equals(nodeId)).findFirst().orElseThrow();
		if (old.version() != version) {
			throw new StaleRecordException("node", old.code());
		}
		NodeData data = change.apply(old);
		List<StoredNode> after = new ArrayList<>();
		for (StoredNode node : before) {
			if (node.id().equals(nodeId)) {
				after.add(node.with(data, node.level()));
			}
			else if (!old.code().equals(data.code()) && old.code().equals(node.data().parent())) {
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
		Plan plan = lockAndLoad(planId);
		List<StoredNode> before = store.nodes(planId);
		StoredNode old = before.stream().filter(n -> n.id().equals(nodeId)).findFirst().orElseThrow();
		if (old.version() != version) {
			throw new StaleRecordException("node", old.code());
		}
		if (before.stream().anyMatch(n -> old.code().equals(n.data().parent()))) {
			throw new RuleViolationException("The node '" + old.code() + "' has children; delete or move them first");
		}
		if (store.hasAssessments(nodeId)) {
			throw new RuleViolationException("The node '" + old.code() + "' has assessments, which are history; it cannot be deleted");
		}
		List<StoredNode> after = before.stream().filter(n -> !n.id().equals(nodeId)).toList();
		saveTree(plan, before, settle(plan, after, Set.of(), (n, f) -> f));
	}

	/**
	 * Imports a tree from CSV (code, parent code, title, lead, target): every row is checked first
	 * and every bad row reported with its line number; on any error nothing is written. A node
	 * whose code is in the plan is updated, others added; importing the same file again changes
	 * nothing.
	 */
	@Transactional
	public ImportResult importTree(UUID planId, String csv) {
		Plan plan = lockAndLoad(planId);
		List<StoredNode> before = store.nodes(planId);
		Map<String, StoredNode> byCode = new HashMap<>();
		before.forEach(n -> byCode.put(n.code(), n));
		List<Problem> problems = new ArrayList<>();
		List<TreeCsv.Line> lines = TreeCsv.parse(csv == null ? "" : csv);
		if (lines.isEmpty()) {
			throw InvalidInputException.of("csv", "The file has no rows; its columns are code, parent code, title, lead, target");
		}
		Map<String, Integer> lineOf = new HashMap<>();
		Map<String, StoredNode> fromFile = new LinkedHashMap<>();
		Map<String, Integer> siblings = new HashMap<>();
		before.forEach(n -> siblings.merge(String.valueOf(n.data().parent()), 1, Integer::sum));
		for (TreeCsv.Line line : lines) {
			String where = "line " + line.number();
			List<String> cells = line.cells();
			if (cells.size() != 5) {
				problems.add(new Problem(where, "Line " + line.number() + ": expected 5 columns (code, parent code, title, lead, target), found " + cells.size()));
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
			NodeData data = existing == null
					? new NodeData(code, parent, cells.get(2), null, Texts.clean(cells.get(3)), List.of(), target, false, null,
							null, List.of(), false)
					: new NodeData(code, parent, cells.get(2), existing.data().text(), Texts.clean(cells.get(3)),
							existing.data().supporters(), target, existing.data().targetBeyondPlan(), existing.data().area(),
							existing.data().position(), existing.data().activities(), existing.data().illustrative());
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
			fromFile.put(code, existing == null ? new StoredNode(UUID.randomUUID(), data, 0, 0) : existing.with(data, existing.level()));
		}
		List<StoredNode> after = new ArrayList<>();
		before.forEach(n -> after.add(fromFile.getOrDefault(n.code(), n)));
		fromFile.values().stream().filter(n -> !byCode.containsKey(n.code())).forEach(after::add);
		BiFunction<NodeData, String, String> field = (n, f) -> lineOf.containsKey(n.code()) ? "line " + lineOf.get(n.code()) : f;
		List<Problem> treeProblems = PlanTree.problems(after.stream().map(StoredNode::data).toList(), levelsOf(plan.planType()),
				plan.periodTo(), field)
			.stream()
			.map(p -> p.field().startsWith("line ") ? new Problem(p.field(), "Line " + p.field().substring(5) + ": " + p.message()) : p)
			.toList();
		problems.addAll(treeProblems);
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.stream()
				.sorted(Comparator.comparingInt(p -> p.field().startsWith("line ") ? Integer.parseInt(p.field().substring(5)) : 0))
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

	/** Checks the whole tree, then gives each node its level and each group of siblings positions from 0. */
	private List<StoredNode> settle(Plan plan, List<StoredNode> nodes, Set<UUID> moved,
			BiFunction<NodeData, String, String> field) {
		List<Problem> problems = new ArrayList<>();
		for (StoredNode node : nodes) {
			for (ConstraintViolation<NodeData> violation : validator.validate(node.data())) {
				problems.add(new Problem(field.apply(node.data(), violation.getPropertyPath().toString()), violation.getMessage()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		List<NodeData> data = nodes.stream().map(StoredNode::data).toList();
		problems.addAll(PlanTree.problems(data, levelsOf(plan.planType()), plan.periodTo(), field));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
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
			store.bump(plan.id(), now());
		}
		return counts;
	}

	private int levelsOf(String type) {
		int levels = typeOrEmpty(type).levels().size();
		return levels == 0 ? 1 : levels;
	}

	// Writes: rounds and assessments

	/** Opens an assessment round of a plan; one round is open at a time. */
	@Transactional
	public RoundSummary openRound(UUID planId, RoundData data) {
		lockAndLoad(planId);
		List<RoundSummary> rounds = queries.rounds(List.of(planId), Audience.alliance()).getOrDefault(planId, List.of());
		if (rounds.stream().anyMatch(r -> r.cycle().equalsIgnoreCase(data.cycle().strip()))) {
			throw InvalidInputException.of("cycle", "The plan has a round '" + data.cycle().strip() + "' already");
		}
		rounds.stream().filter(RoundSummary::open).findFirst().ifPresent(open -> {
			throw new RuleViolationException("The round '" + open.cycle() + "' is still open; approve it before opening another");
		});
		UUID id = store.insertRound(planId, new RoundData(data.cycle(),
				data.openedOn() == null ? LocalDate.now(clock) : data.openedOn(), RoundStatus.OPEN, data.illustrative()));
		store.bump(planId, now());
		return round(id, Audience.alliance());
	}

	/** Approves a round: its assessments are locked from then on. */
	@Transactional
	public RoundSummary approveRound(UUID roundId) {
		UUID planId = store.planOfRound(roundId).orElseThrow(() -> new RecordNotFoundException("assessment round", roundId));
		lockAndLoad(planId);
		RoundSummary round = round(roundId, Audience.alliance());
		if (!round.open()) {
			throw new RuleViolationException("The round '" + round.cycle() + "' is approved already");
		}
		store.approveRound(roundId, now());
		store.bump(planId, now());
		return round(roundId, Audience.alliance());
	}

	/**
	 * Records an assessment of a node. NATO staff record any; a partner's user records a SELF
	 * assessment of its own nation's plan only, in an open round. An assessment is recorded in the
	 * round named, or else in the plan's open round; never in an approved round.
	 */
	@Transactional
	public AssessmentSummary addAssessment(UUID nodeId, AssessmentData data, Audience actor) {
		NodeSummary node = node(nodeId, actor);
		PlanSummary plan = plan(node.plan(), actor);
		boolean partner = actor.kind() == Audience.Kind.PARTNER;
		if (!actor.isNatoStaff() && !partner) {
			throw new RuleViolationException("Only NATO staff and the partner's own coordinators record assessments");
		}
		if (partner && !plan.partner().equals(actor.nation())) {
			throw new RecordNotFoundException("node", nodeId);
		}
		AssessmentData given = partner ? data.asSelf() : data;
		lockAndLoad(plan.id());
		List<RoundSummary> rounds = queries.rounds(List.of(plan.id()), Audience.alliance()).getOrDefault(plan.id(), List.of());
		RoundSummary round;
		if (given.round() != null) {
			round = rounds.stream()
				.filter(r -> r.id().equals(given.round()))
				.findFirst()
				.orElseThrow(() -> InvalidInputException.of("round", "The plan has no such assessment round"));
		}
		else {
			round = rounds.stream().filter(RoundSummary::open).findFirst().orElse(null);
		}
		if (round == null && partner) {
			throw new RuleViolationException("A self-assessment is recorded in an open assessment round, and the plan has none open");
		}
		if (round != null && !round.open()) {
			throw new RuleViolationException("The round '" + round.cycle() + "' is approved and locked; assessments are recorded in an open round");
		}
		AssessmentData placed = round == null ? given
				: given.inRound(round.id(), Texts.clean(given.cycle()) == null ? round.cycle() : given.cycle());
		UUID id = store.insertAssessment(plan.id(), nodeId, placed, now());
		store.bump(plan.id(), now());
		return assessment(id, Audience.alliance());
	}

	/**
	 * Corrects an assessment of an open round; one of an approved round is locked. NATO staff
	 * correct any; a partner's coordinator only its own nation's self-assessments of an open round
	 * (see {@link #mayChange}).
	 */
	@Transactional
	public AssessmentSummary reviseAssessment(UUID id, long version, AssessmentData data, Audience actor) {
		AssessmentSummary assessment = lockedCheck(id, version, actor);
		store.updateAssessment(id, data);
		store.bump(assessment.plan(), now());
		return assessment(id, Audience.alliance());
	}

	@Transactional
	public void deleteAssessment(UUID id, long version, Audience actor) {
		AssessmentSummary assessment = lockedCheck(id, version, actor);
		store.deleteAssessment(id);
		store.bump(assessment.plan(), now());
	}

	/** Whether the actor may correct or delete the assessment, of a plan of this partner: the rule pages show buttons by. */
	public boolean mayChange(AssessmentSummary assessment, NationCode partner, Audience actor) {
		return refusal(assessment, partner, actor) == null;
	}

	/** Refuses, as a change would be refused, an actor who may not change the assessment, so a form is not filled in for nothing. */
	public void checkMayChange(AssessmentSummary assessment, NationCode partner, Audience actor) {
		RuntimeException refused = refusal(assessment, partner, actor);
		if (refused != null) {
			throw refused;
		}
	}

	/** Why the actor may not change the assessment, or nothing when it may. */
	private static @Nullable RuntimeException refusal(AssessmentSummary assessment, NationCode partner, Audience actor) {
		if (!actor.isNatoStaff()) {
			if (actor.kind() != Audience.Kind.PARTNER) {
				return new RuleViolationException("Only NATO staff and the partner's own coordinators change assessments");
			}
			// Another partner's record is reported as not found, as every read of it would be.
			if (!partner.equals(actor.nation())) {
				return new RecordNotFoundException("assessment", assessment.id());
			}
		}
		if (assessment.locked()) {
			return new RuleViolationException(
					"The assessment belongs to an approved round and is locked: a later correction is a new assessment");
		}
		if (actor.isNatoStaff()) {
			return null;
		}
		if (assessment.source() != AssessmentSource.SELF) {
			return new RuleViolationException("A partner's coordinator changes only its own self-assessments, not NATO's");
		}
		if (assessment.round() == null) {
			return new RuleViolationException("A partner's coordinator changes a self-assessment only in an open assessment round");
		}
		return null;
	}

	private AssessmentSummary lockedCheck(UUID id, long version, Audience actor) {
		UUID planId = store.planOfAssessment(id).orElseThrow(() -> new RecordNotFoundException("assessment", id));
		// What the actor may not see does not exist for it, whatever it may change.
		assessment(id, actor);
		Plan plan = lockAndLoad(planId);
		AssessmentSummary assessment = assessment(id, Audience.alliance());
		checkMayChange(assessment, plan.partner(), actor);
		if (assessment.version() != version) {
			throw new StaleRecordException("assessment", id);
		}
		return assessment;
	}

	// The dossier

	/** The plans of a partner as the dossier carries them, as far as the reader may see them. */
	public List<PlanExport> exportPlans(NationCode partner, Audience audience) {
		List<PlanSummary> list = queries.allPlans(partner, audience);
		List<UUID> ids = list.stream().map(PlanSummary::id).toList();
		Map<UUID, List<NodeSummary>> nodes = queries.nodes(ids, audience);
		Map<UUID, List<AssessmentSummary>> assessments = queries.assessments(ids, audience);
		Map<UUID, List<RoundSummary>> rounds = queries.rounds(ids, audience);
		return list.stream().map(plan -> export(plan, nodes.getOrDefault(plan.id(), List.of()),
				rounds.getOrDefault(plan.id(), List.of()), assessments.getOrDefault(plan.id(), List.of()))).toList();
	}

	private static PlanExport export(PlanSummary plan, List<NodeSummary> nodes, List<RoundSummary> rounds,
			List<AssessmentSummary> assessments) {
		return new PlanExport(plan.toData(),
				PlanTree.ordered(nodes, NodeSummary::code, NodeSummary::parent, NodeSummary::position)
					.stream()
					.map(NodeSummary::toData)
					.toList(),
				rounds.stream().map(RoundSummary::toData).toList(),
				assessments.stream().map(a -> a.toData().inRound(null, a.cycle())).toList(), plan.updatedAt());
	}

	/**
	 * Makes a partner's plan what the dossier says, tree, rounds and assessments included; answers
	 * whether anything changed (importing the same dossier again changes nothing).
	 */
	@Transactional
	public boolean importPlan(NationCode partner, PlanData data, List<NodeData> nodes, List<AssessmentData> assessments,
			List<RoundData> rounds, Instant updatedAt) {
		partners.requirePartner(partner);
		checkReferences(partner, data, false);
		Optional<Plan> existing = plans.findByPartnerAndRef(partner, data.refOrDefault());
		PlanExport given = normalise(data, nodes, rounds, assessments, updatedAt);
		if (existing.isPresent()) {
			PlanSummary current = plan(existing.get().id(), Audience.alliance());
			PlanExport stored = exportOf(current);
			if (existing.get().sameAs(data) && stored.nodes().equals(given.nodes()) && stored.rounds().equals(given.rounds())
					&& stored.assessments().equals(given.assessments())) {
				return false;
			}
		}
		Plan plan;
		if (existing.isPresent()) {
			plan = existing.get();
			store.lock(plan.id());
			store.clear(plan.id());
			plan.restate(data, updatedAt);
		}
		else {
			plan = Plan.record(partner, data, updatedAt);
		}
		plan = plans.save(plan);
		List<StoredNode> tree = new ArrayList<>();
		for (int i = 0; i < given.nodes().size(); i++) {
			NodeData node = given.nodes().get(i);
			tree.add(new StoredNode(UUID.randomUUID(), node.position() == null ? node.withPlace(node.parent(), i) : node, 0, 0));
		}
		List<StoredNode> settled = settle(plan, tree, Set.of(), (n, f) -> "nodes[" + n.code() + "]." + f);
		store.saveTree(plan.id(), List.of(), settled);
		Map<String, UUID> nodeIds = new HashMap<>();
		settled.forEach(n -> nodeIds.put(n.code(), n.id()));
		Map<String, UUID> roundIds = new HashMap<>();
		Map<String, RoundStatus> roundStatus = new HashMap<>();
		for (RoundData round : given.rounds()) {
			roundIds.put(round.cycle(), store.insertRound(plan.id(), round));
			roundStatus.put(round.cycle(), round.status());
		}
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < given.assessments().size(); i++) {
			AssessmentData assessment = given.assessments().get(i);
			UUID node = assessment.node() == null ? null : nodeIds.get(assessment.node());
			if (node == null) {
				problems.add(new Problem("assessments[" + i + "].node", "No node '" + assessment.node() + "' is in the plan"));
				continue;
			}
			UUID round = assessment.cycle() == null ? null : roundIds.get(assessment.cycle());
			store.insertAssessment(plan.id(), node, assessment.inRound(round, assessment.cycle()), updatedAt);
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		return true;
	}

	private PlanExport exportOf(PlanSummary plan) {
		List<UUID> ids = List.of(plan.id());
		Audience all = Audience.alliance();
		return export(plan, queries.nodes(ids, all).getOrDefault(plan.id(), List.of()),
				queries.rounds(ids, all).getOrDefault(plan.id(), List.of()),
				queries.assessments(ids, all).getOrDefault(plan.id(), List.of()));
	}

	/** The dossier's records in the form they are stored and exported in, to tell whether anything changed. */
	private static PlanExport normalise(PlanData data, List<NodeData> nodes, List<RoundData> rounds,
			List<AssessmentData> assessments, Instant updatedAt) {
		List<NodeData> ordered = PlanTree.ordered(nodes.stream().map(n -> new NodeData(n.code(), n.parent(), n.title().strip(),
				Texts.clean(n.text()), Texts.clean(n.lead()), n.supporters(), n.target(), n.targetBeyondPlan(),
				Texts.clean(n.area()), n.position() == null ? nodes.indexOf(n) : n.position(), n.activities(), n.illustrative()))
			.toList(), NodeData::code, NodeData::parent, n -> n.position() == null ? 0 : n.position());
		Map<String, Integer> index = new HashMap<>();
		List<NodeData> positioned = new ArrayList<>();
		for (NodeData n : ordered) {
			int position = index.merge(String.valueOf(n.parent()), 1, Integer::sum) - 1;
			positioned.add(n.withPlace(n.parent(), position));
		}
		List<RoundData> roundData = rounds.stream()
			.map(r -> new RoundData(r.cycle().strip(), r.openedOn(), r.status(), r.illustrative()))
			.sorted(Comparator.comparing(RoundData::openedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparing(RoundData::cycle))
			.toList();
		List<AssessmentData> assessmentData = assessments.stream()
			.map(a -> new AssessmentData(a.node(), a.on(), a.rating(), Texts.clean(a.narrative()), Texts.clean(a.assessor()),
					a.source(), Texts.clean(a.cycle()), null, a.releasability(), a.illustrative()))
			.toList();
		return new PlanExport(data, positioned, roundData, assessmentData, updatedAt);
	}

	// Helpers

	private Plan load(UUID id, long version) {
		Plan plan = plans.findById(id).orElseThrow(() -> new RecordNotFoundException("plan", id));
		if (plan.version() != version) {
			throw new StaleRecordException("plan", plan.ref());
		}
		return plan;
	}

	private Plan lockAndLoad(UUID id) {
		store.lock(id).orElseThrow(() -> new RecordNotFoundException("plan", id));
		return plans.findById(id).orElseThrow(() -> new RecordNotFoundException("plan", id));
	}

	private static InvalidInputException refTaken(PlanData data) {
		return InvalidInputException.of("ref", "The reference '" + data.refOrDefault() + "' is taken");
	}

	private Instant now() {
		return clock.instant();
	}

	/** The moves of a plan's lifecycle: from which statuses each may be made and where it leads. */
	public enum Move implements LifecycleMove<PlanStatus> {

		SUBMIT("submit", "be submitted", PlanStatus.SUBMITTED, PlanStatus.DRAFT),
		AGREE("agree", "be agreed", PlanStatus.AGREED, PlanStatus.SUBMITTED),
		ENTER_INTO_FORCE("enter-into-force", "enter into force", PlanStatus.IN_FORCE, PlanStatus.AGREED),
		COMPLETE("complete", "be completed", PlanStatus.COMPLETED, PlanStatus.IN_FORCE),
		SUPERSEDE("supersede", "be superseded", PlanStatus.SUPERSEDED, PlanStatus.AGREED, PlanStatus.IN_FORCE,
				PlanStatus.COMPLETED);

		private final Transition<PlanStatus> transition;

		Move(String slug, String verb, PlanStatus to, PlanStatus... from) {
			this.transition = Transition.of(slug, verb, null, to, from);
		}

		@Override
		public Transition<PlanStatus> transition() {
			return transition;
		}

		public static Optional<Move> fromSlug(String slug) {
			return LifecycleMove.fromSlug(Move.class, slug);
		}

	}

}
