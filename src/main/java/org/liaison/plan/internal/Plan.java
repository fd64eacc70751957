package org.liaison.plan.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.plan.PlanData;
import org.liaison.plan.PlanMove;
import org.liaison.plan.PlanStatus;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A plan of a partner. It guards its lifecycle: the status changes only by a move the
 * current status allows; an edit corrects the record but never its status. Its version
 * also counts the changes of its tree, rounds and assessments, which are kept apart (see
 * {@link PlanStore}) and written with the plan's row locked.
 */
@Table("plan_plan")
public class Plan extends PartnerRecord<Plan> {

	private String ref;

	private String planType;

	private String title;

	private @Nullable PartialDate periodFrom;

	private @Nullable PartialDate periodTo;

	private PlanStatus status;

	private @Nullable String agreementRef;

	private @Nullable String predecessorRef;

	private @Nullable String publicSummary;

	private Releasability releasability;

	private boolean illustrative;

	private Instant updatedAt;

	Plan(UUID id, NationCode partner) {
		super(id, partner);
	}

	/** Records a plan at whatever stage it has reached. */
	public static Plan record(NationCode partner, PlanData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		Plan plan = new Plan(UUID.randomUUID(), partner);
		plan.status = data.status();
		plan.apply(data, at);
		return plan;
	}

	/**
	 * Corrects or completes the record; the status changes only through the lifecycle
	 * moves.
	 */
	public void revise(PlanData data, Instant at) {
		List<Problem> problems = new java.util.ArrayList<>();
		if (data.status() != status) {
			problems.add(new Problem("status", "The plan is " + status + "; an edit cannot make it " + data.status()
					+ ". Use the lifecycle actions to change the status"));
		}
		problems.addAll(data.problems());
		InvalidInputException.throwIfAny(problems);
		apply(data, at);
	}

	/** Makes the record what a dossier says it is, status included. */
	public void restate(PlanData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		this.status = data.status();
		apply(data, at);
	}

	private void apply(PlanData data, Instant at) {
		this.ref = data.refOrDefault();
		this.planType = data.type().strip();
		this.title = data.title().strip();
		this.periodFrom = data.periodFrom();
		this.periodTo = data.periodTo();
		this.agreementRef = Texts.clean(data.agreement());
		this.predecessorRef = Texts.clean(data.predecessor());
		this.publicSummary = Texts.clean(data.publicSummary());
		this.releasability = data.releasability();
		this.illustrative = data.illustrative();
		this.updatedAt = at;
	}

	/**
	 * Whether the record already says what the data says, as a dossier import asks before
	 * writing.
	 */
	public boolean holds(PlanData data) {
		return toData().equals(record(partner(), data, updatedAt).toData());
	}

	/** The record as data, status included. */
	public PlanData toData() {
		return new PlanData(ref, planType, title, periodFrom, periodTo, status, agreementRef, predecessorRef,
				publicSummary, releasability, illustrative);
	}

	/**
	 * Moves the plan along its lifecycle; a move the status does not allow is refused.
	 */
	public void move(PlanMove move, Instant at) {
		if (!move.allowedFrom(status)) {
			throw new RuleViolationException("A plan that is " + status + " cannot " + move.verb() + "; it can "
					+ (LifecycleMove.from(PlanMove.class, status).isEmpty() ? "no longer move" : String.join(" or ",
							LifecycleMove.from(PlanMove.class, status).stream().map(PlanMove::verb).toList())));
		}
		this.status = move.to();
		this.updatedAt = at;
	}

	public String ref() {
		return ref;
	}

	public String planType() {
		return planType;
	}

	public @Nullable PartialDate periodTo() {
		return periodTo;
	}

	public PlanStatus status() {
		return status;
	}

	public Releasability releasability() {
		return releasability;
	}

}
