package org.liaison.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementSummary;
import org.liaison.partner.PartnerService;
import org.liaison.plan.internal.Plan;
import org.liaison.plan.internal.PlanQueries;
import org.liaison.plan.internal.PlanRepository;
import org.liaison.plan.internal.PlanStore;
import org.liaison.plan.internal.PlanTree;
import org.liaison.plan.internal.PlanTypeStore;
import org.liaison.plan.internal.StoredNode;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.ReferenceChecks;
import org.liaison.shared.ReferenceList;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.liaison.shared.Versioned;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans as records: reading them as far as the reader's {@link Audience} allows (a plan
 * the reader may not see is reported as not found), recording, revising, moving one along
 * its lifecycle and deleting one recorded by mistake, and the plan types that give a tree
 * its levels. What a plan owns besides its own row has services of its own:
 * {@link PlanTreeService} the tree, {@link PlanAssessmentService} the rounds and
 * assessments, {@link PlanProgressService} what they add up to.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

	private final PlanQueries queries;

	private final PlanRepository plans;

	private final PlanStore store;

	private final ReferenceList<PlanTypeData, PlanTypeSummary> types;

	private final PartnerService partners;

	private final AgreementService agreements;

	private final Clock clock;

	PlanService(ApplicationEventPublisher events, PlanQueries queries, PlanRepository plans, PlanStore store,
			PlanTypeStore typeStore, PartnerService partners, AgreementService agreements, Clock clock) {
		this.queries = queries;
		this.plans = plans;
		this.store = store;
		this.types = ReferenceList.of(events, typeStore, "plan type", "PlanType", PlanService::typeProblems)
			.sayingWhenTaken(code -> "The plan type '" + code + "' exists")
			.revisedOnlyWithout(PlanService::levelsKept);
		this.partners = partners;
		this.agreements = agreements;
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
		return types.all();
	}

	public PlanTypeSummary type(String code) {
		return types.one(code);
	}

	/**
	 * The type by its code, or one without levels for a code no longer known, so a plan
	 * still shows.
	 */
	PlanTypeSummary typeOrEmpty(String code) {
		return types.find(code).orElse(new PlanTypeSummary(code, code, code, List.of(), 0));
	}

	/** How many levels a tree of the type may have: at least one. */
	int levelsOf(String type) {
		int levels = typeOrEmpty(type).levels().size();
		return levels == 0 ? 1 : levels;
	}

	// Writes

	@Transactional
	public PlanSummary add(NationCode partner, PlanData data) {
		partners.requirePartner(partner);
		checkReferences(partner, data, true);
		plans.requireFreeRef(partner, data.refOrDefault(), null);
		Plan plan = plans.save(Plan.record(partner, data, clock.instant()));
		return plan(plan.id(), Audience.alliance());
	}

	@Transactional
	public PlanSummary revise(UUID id, long version, PlanData data) {
		Plan plan = load(id, version);
		checkReferences(plan.partner(), data, true);
		plans.requireFreeRef(plan.partner(), data.refOrDefault(), id);
		// A shorter period must still hold every target of the tree.
		List<NodeData> nodes = store.nodes(id).stream().map(StoredNode::data).toList();
		List<Problem> problems = PlanTree.problems(nodes, levelsOf(data.type()), data.periodTo(), (n, f) -> f)
			.stream()
			.filter(p -> p.field().equals("target"))
			.map(p -> new Problem("periodTo", p.message()))
			.toList();
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems.subList(0, 1));
		}
		plan.revise(data, clock.instant());
		plans.save(plan);
		return plan(id, Audience.alliance());
	}

	/**
	 * Deletes a plan recorded by mistake; a plan with an approved round is history and is
	 * never deleted.
	 */
	@Transactional
	public void delete(UUID id, long version) {
		Plan plan = load(id, version);
		if (queries.rounds(List.of(id), Audience.alliance())
			.getOrDefault(id, List.of())
			.stream()
			.anyMatch(r -> !r.open())) {
			throw new RuleViolationException(
					"The plan has an approved assessment round, which is never erased; mark it completed or superseded instead");
		}
		plans.delete(plan);
	}

	@Transactional
	public PlanSummary move(UUID id, long version, PlanMove move) {
		Plan plan = load(id, version);
		plan.move(move, clock.instant());
		plans.save(plan);
		return plan(id, Audience.alliance());
	}

	@Transactional
	public PlanTypeSummary addType(PlanTypeData data) {
		return types.add(data);
	}

	/**
	 * New names for a type and its levels. Its code never changes, and it keeps at least
	 * as many levels as it has, since plans of the type may use them all.
	 */
	@Transactional
	public PlanTypeSummary reviseType(String code, long version, PlanTypeData data) {
		return types.revise(code, version, data);
	}

	// The same checks as the annotations, for callers that do not validate, all at once.
	private static List<Problem> typeProblems(PlanTypeData data) {
		List<Problem> problems = new ArrayList<>();
		ReferenceChecks.code(data.code(), "[A-Z][A-Z0-9_-]{0,19}",
				"A plan type's code is upper-case letters and digits, such as IPAP", problems);
		ReferenceChecks.names(data.name(), data.nameFr(), 200, "A plan type", problems);
		if (data.levels().isEmpty() || data.levels().size() > 6
				|| data.levels().stream().anyMatch(l -> l == null || l.isBlank() || l.strip().length() > 100)) {
			problems.add(new Problem("levels",
					"A plan type has 1 to 6 levels, from the top down, each named in at most 100 characters"));
		}
		return problems;
	}

	private static List<Problem> levelsKept(PlanTypeSummary type, PlanTypeData data) {
		if (data.levels().size() < type.levels().size()) {
			return List.of(new Problem("levels", "A plan type keeps its " + type.levels().size()
					+ " levels, which its plans may use; levels may be renamed or added below"));
		}
		return List.of();
	}

	/**
	 * Refuses data that names a type, an agreement or (when asked) a predecessor the
	 * record does not have; a dossier brings its plans in any order, so its import does
	 * not ask for the predecessor.
	 */
	void checkReferences(NationCode partner, PlanData data, boolean predecessor) {
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
		InvalidInputException.throwIfAny(problems);
	}

	private Plan load(UUID id, long version) {
		Plan plan = plans.findById(id).orElseThrow(() -> new RecordNotFoundException("plan", id));
		// A stale change names the plan by its ref, which the person knows it by.
		return Versioned.atVersion(Optional.of(plan), version, "plan", plan.ref());
	}

}
