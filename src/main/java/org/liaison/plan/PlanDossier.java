package org.liaison.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.partner.PartnerService;
import org.liaison.plan.internal.Plan;
import org.liaison.plan.internal.PlanQueries;
import org.liaison.plan.internal.PlanRepository;
import org.liaison.plan.internal.PlanStore;
import org.liaison.plan.internal.PlanTree;
import org.liaison.plan.internal.StoredNode;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan module's part of a partnership dossier: a partner's plans with their trees,
 * rounds and assessments as a reader may take them out, and the import that makes a plan
 * say what a dossier says. An import upserts by the plan's natural key and restates the
 * whole plan; a plan that already holds the same record, tree, rounds and assessments is
 * not written at all, so importing twice changes nothing.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanDossier {

	private final PlanQueries queries;

	private final PlanRepository repository;

	private final PlanStore store;

	private final PlanService plans;

	private final PlanTreeService tree;

	private final PartnerService partners;

	/**
	 * The plans of a partner as the dossier carries them, as far as the reader may see
	 * them.
	 */
	public List<PlanExport> export(NationCode partner, Audience audience) {
		List<PlanSummary> list = queries.allPlans(partner, audience);
		List<UUID> ids = list.stream().map(PlanSummary::id).toList();
		Map<UUID, List<NodeSummary>> nodes = queries.nodes(ids, audience);
		Map<UUID, List<AssessmentSummary>> assessments = queries.assessments(ids, audience);
		Map<UUID, List<RoundSummary>> rounds = queries.rounds(ids, audience);
		return list.stream()
			.map(plan -> export(plan, nodes.getOrDefault(plan.id(), List.of()),
					rounds.getOrDefault(plan.id(), List.of()), assessments.getOrDefault(plan.id(), List.of())))
			.toList();
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
	 * Makes a partner's plan what the dossier says, tree, rounds and assessments
	 * included; answers whether anything changed (importing the same dossier again
	 * changes nothing).
	 */
	@Transactional
	public boolean importPlan(NationCode partner, PlanData data, List<NodeData> nodes, List<AssessmentData> assessments,
			List<RoundData> rounds, Instant updatedAt) {
		partners.requirePartner(partner);
		plans.checkReferences(partner, data, false);
		Optional<Plan> existing = repository.findByPartnerAndRef(partner, data.refOrDefault());
		PlanExport given = normalise(data, nodes, rounds, assessments, updatedAt);
		if (existing.isPresent()) {
			PlanExport stored = exportOf(plans.plan(existing.get().id(), Audience.alliance()));
			if (existing.get().holds(data) && stored.nodes().equals(given.nodes())
					&& stored.rounds().equals(given.rounds()) && stored.assessments().equals(given.assessments())) {
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
		plan = repository.save(plan);
		List<StoredNode> nodesToBe = new ArrayList<>();
		for (int i = 0; i < given.nodes().size(); i++) {
			NodeData node = given.nodes().get(i);
			nodesToBe.add(new StoredNode(UUID.randomUUID(),
					node.position() == null ? node.withPlace(node.parent(), i) : node, 0, 0));
		}
		List<StoredNode> settled = tree.settle(plan, nodesToBe, Set.of(), (n, f) -> "nodes[" + n.code() + "]." + f);
		store.saveTree(plan.id(), List.of(), settled);
		Map<String, UUID> nodeIds = new HashMap<>();
		settled.forEach(n -> nodeIds.put(n.code(), n.id()));
		Map<String, UUID> roundIds = new HashMap<>();
		for (RoundData round : given.rounds()) {
			roundIds.put(round.cycle(), store.insertRound(plan.id(), round));
		}
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < given.assessments().size(); i++) {
			AssessmentData assessment = given.assessments().get(i);
			UUID node = assessment.node() == null ? null : nodeIds.get(assessment.node());
			if (node == null) {
				problems.add(new Problem("assessments[" + i + "].node",
						"No node '" + assessment.node() + "' is in the plan"));
				continue;
			}
			UUID round = assessment.cycle() == null ? null : roundIds.get(assessment.cycle());
			store.insertAssessment(plan.id(), node, assessment.inRound(round, assessment.cycle()), updatedAt);
		}
		InvalidInputException.throwIfAny(problems);
		return true;
	}

	private PlanExport exportOf(PlanSummary plan) {
		List<UUID> ids = List.of(plan.id());
		Audience all = Audience.alliance();
		return export(plan, queries.nodes(ids, all).getOrDefault(plan.id(), List.of()),
				queries.rounds(ids, all).getOrDefault(plan.id(), List.of()),
				queries.assessments(ids, all).getOrDefault(plan.id(), List.of()));
	}

	/**
	 * The dossier's records in the form they are stored and exported in, to tell whether
	 * anything changed.
	 */
	private static PlanExport normalise(PlanData data, List<NodeData> nodes, List<RoundData> rounds,
			List<AssessmentData> assessments, Instant updatedAt) {
		List<NodeData> ordered = PlanTree.ordered(nodes.stream()
			.map(n -> new NodeData(n.code(), n.parent(), n.title().strip(), Texts.clean(n.text()),
					Texts.clean(n.lead()), n.supporters(), n.target(), n.targetBeyondPlan(), Texts.clean(n.area()),
					n.position() == null ? nodes.indexOf(n) : n.position(), n.activities(), n.illustrative()))
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
			.map(a -> new AssessmentData(a.node(), a.on(), a.rating(), Texts.clean(a.narrative()),
					Texts.clean(a.assessor()), a.source(), Texts.clean(a.cycle()), null, a.releasability(),
					a.illustrative()))
			.toList();
		return new PlanExport(data, positioned, roundData, assessmentData, updatedAt);
	}

}
