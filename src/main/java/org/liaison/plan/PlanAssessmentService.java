package org.liaison.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.plan.internal.Plan;
import org.liaison.plan.internal.PlanQueries;
import org.liaison.plan.internal.PlanStore;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleRecordException;
import org.liaison.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessments of a plan's nodes and the rounds they are recorded in. One round is
 * open at a time; NATO staff approve it, and its assessments are locked from then on, so
 * a later correction is a new assessment. A partner's coordinators assess and correct
 * only their own nation's plans, by self-assessment in an open round. Every write locks
 * the plan's row and moves its version.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PlanAssessmentService {

	private final PlanQueries queries;

	private final PlanStore store;

	private final Clock clock;

	public AssessmentSummary assessment(UUID id, Audience audience) {
		return queries.assessment(id, audience).orElseThrow(() -> new RecordNotFoundException("assessment", id));
	}

	public RoundSummary round(UUID id, Audience audience) {
		return queries.round(id, audience).orElseThrow(() -> new RecordNotFoundException("assessment round", id));
	}

	// Rounds

	/** Opens an assessment round of a plan; one round is open at a time. */
	@Transactional
	public RoundSummary openRound(UUID planId, RoundData data) {
		store.lockAndLoad(planId);
		List<RoundSummary> rounds = rounds(planId);
		if (rounds.stream().anyMatch(r -> r.cycle().equalsIgnoreCase(data.cycle().strip()))) {
			throw InvalidInputException.of("cycle", "The plan has a round '" + data.cycle().strip() + "' already");
		}
		rounds.stream().filter(RoundSummary::open).findFirst().ifPresent(open -> {
			throw new RuleViolationException(
					"The round '" + open.cycle() + "' is still open; approve it before opening another");
		});
		UUID id = store.insertRound(planId,
				new RoundData(data.cycle(), data.openedOn() == null ? LocalDate.now(clock) : data.openedOn(),
						RoundStatus.OPEN, data.illustrative()));
		store.bump(planId, clock.instant());
		return round(id, Audience.alliance());
	}

	/** Approves a round: its assessments are locked from then on. */
	@Transactional
	public RoundSummary approveRound(UUID roundId) {
		UUID planId = store.planOfRound(roundId)
			.orElseThrow(() -> new RecordNotFoundException("assessment round", roundId));
		store.lockAndLoad(planId);
		RoundSummary round = round(roundId, Audience.alliance());
		if (!round.open()) {
			throw new RuleViolationException("The round '" + round.cycle() + "' is approved already");
		}
		store.approveRound(planId, roundId, clock.instant());
		store.bump(planId, clock.instant());
		return round(roundId, Audience.alliance());
	}

	private List<RoundSummary> rounds(UUID planId) {
		return queries.rounds(List.of(planId), Audience.alliance()).getOrDefault(planId, List.of());
	}

	// Assessments

	/**
	 * Records an assessment of a node. NATO staff record any; a partner's user records a
	 * SELF assessment of its own nation's plan only, in an open round. An assessment is
	 * recorded in the round named, or else in the plan's open round; never in an approved
	 * round.
	 */
	@Transactional
	public AssessmentSummary addAssessment(UUID nodeId, AssessmentData data, Audience actor) {
		NodeSummary node = queries.node(nodeId, actor).orElseThrow(() -> new RecordNotFoundException("node", nodeId));
		PlanSummary plan = queries.plan(node.plan(), actor)
			.orElseThrow(() -> new RecordNotFoundException("plan", node.plan()));
		boolean partner = actor.kind() == Audience.Kind.PARTNER;
		if (!actor.isNatoStaff() && !partner) {
			throw new RuleViolationException("Only NATO staff and the partner's own coordinators record assessments");
		}
		if (partner && !plan.partner().equals(actor.nation())) {
			throw new RecordNotFoundException("node", nodeId);
		}
		AssessmentData given = partner ? data.asSelf() : data;
		store.lockAndLoad(plan.id());
		List<RoundSummary> rounds = rounds(plan.id());
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
			throw new RuleViolationException(
					"A self-assessment is recorded in an open assessment round, and the plan has none open");
		}
		if (round != null && !round.open()) {
			throw new RuleViolationException("The round '" + round.cycle()
					+ "' is approved and locked; assessments are recorded in an open round");
		}
		AssessmentData placed = round == null ? given
				: given.inRound(round.id(), Texts.clean(given.cycle()) == null ? round.cycle() : given.cycle());
		UUID id = store.insertAssessment(plan.id(), nodeId, placed, clock.instant());
		store.bump(plan.id(), clock.instant());
		return assessment(id, Audience.alliance());
	}

	/**
	 * Corrects an assessment of an open round; one of an approved round is locked. NATO
	 * staff correct any; a partner's coordinator only its own nation's self-assessments
	 * of an open round (see {@link #mayChange}).
	 */
	@Transactional
	public AssessmentSummary reviseAssessment(UUID id, long version, AssessmentData data, Audience actor) {
		AssessmentSummary assessment = lockedCheck(id, version, actor);
		store.updateAssessment(id, data);
		store.bump(assessment.plan(), clock.instant());
		return assessment(id, Audience.alliance());
	}

	@Transactional
	public void deleteAssessment(UUID id, long version, Audience actor) {
		AssessmentSummary assessment = lockedCheck(id, version, actor);
		store.deleteAssessment(id);
		store.bump(assessment.plan(), clock.instant());
	}

	/**
	 * Whether the actor may correct or delete the assessment, of a plan of this partner:
	 * the rule pages show buttons by. It judges what the caller has read, so it takes no
	 * connection of its own: a page asks it for every assessment it shows.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public boolean mayChange(AssessmentSummary assessment, NationCode partner, Audience actor) {
		return refusal(assessment, partner, actor) == null;
	}

	/**
	 * Refuses, as a change would be refused, an actor who may not change the assessment,
	 * so a form is not filled in for nothing.
	 */
	@Transactional(propagation = Propagation.SUPPORTS)
	public void checkMayChange(AssessmentSummary assessment, NationCode partner, Audience actor) {
		RuntimeException refused = refusal(assessment, partner, actor);
		if (refused != null) {
			throw refused;
		}
	}

	/** Why the actor may not change the assessment, or nothing when it may. */
	private static @Nullable RuntimeException refusal(AssessmentSummary assessment, NationCode partner,
			Audience actor) {
		if (!actor.isNatoStaff()) {
			if (actor.kind() != Audience.Kind.PARTNER) {
				return new RuleViolationException(
						"Only NATO staff and the partner's own coordinators change assessments");
			}
			// Another partner's record is reported as not found, as every read of it
			// would be.
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
			return new RuleViolationException(
					"A partner's coordinator changes only its own self-assessments, not NATO's");
		}
		if (assessment.round() == null) {
			return new RuleViolationException(
					"A partner's coordinator changes a self-assessment only in an open assessment round");
		}
		return null;
	}

	private AssessmentSummary lockedCheck(UUID id, long version, Audience actor) {
		UUID planId = store.planOfAssessment(id).orElseThrow(() -> new RecordNotFoundException("assessment", id));
		// What the actor may not see does not exist for it, whatever it may change.
		assessment(id, actor);
		Plan plan = store.lockAndLoad(planId);
		AssessmentSummary assessment = assessment(id, Audience.alliance());
		checkMayChange(assessment, plan.partner(), actor);
		if (assessment.version() != version) {
			throw new StaleRecordException("assessment", id);
		}
		return assessment;
	}

}
