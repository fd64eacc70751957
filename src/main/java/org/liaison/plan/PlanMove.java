package org.liaison.plan;

import org.liaison.shared.LifecycleMove;

/**
 * The moves of a plan's lifecycle: from which statuses each may be made and where it
 * leads.
 */
public enum PlanMove implements LifecycleMove<PlanStatus> {

	SUBMIT("submit", "be submitted", PlanStatus.SUBMITTED, PlanStatus.DRAFT),
	AGREE("agree", "be agreed", PlanStatus.AGREED, PlanStatus.SUBMITTED),
	ENTER_INTO_FORCE("enter-into-force", "enter into force", PlanStatus.IN_FORCE, PlanStatus.AGREED),
	COMPLETE("complete", "be completed", PlanStatus.COMPLETED, PlanStatus.IN_FORCE), SUPERSEDE("supersede",
			"be superseded", PlanStatus.SUPERSEDED, PlanStatus.AGREED, PlanStatus.IN_FORCE, PlanStatus.COMPLETED);

	private final Transition<PlanStatus> transition;

	PlanMove(String slug, String verb, PlanStatus to, PlanStatus... from) {
		this.transition = Transition.of(slug, verb, null, to, from);
	}

	@Override
	public Transition<PlanStatus> transition() {
		return transition;
	}

}
