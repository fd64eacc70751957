package org.liaison.science;

import org.liaison.shared.LifecycleMove;

/**
 * The moves of a grant's lifecycle: from which statuses each may be made and where it
 * leads. A grant under review is approved or rejected; only an approved one becomes
 * active.
 */
public enum GrantMove implements LifecycleMove<GrantStatus> {

	SUBMIT_FOR_REVIEW("submit-for-review", "be submitted for review", GrantStatus.UNDER_REVIEW, GrantStatus.APPLIED),
	APPROVE("approve", "be approved", GrantStatus.APPROVED, GrantStatus.UNDER_REVIEW),
	REJECT("reject", "be rejected", GrantStatus.REJECTED, GrantStatus.UNDER_REVIEW),
	ACTIVATE("activate", "be activated", GrantStatus.ACTIVE, GrantStatus.APPROVED),
	COMPLETE("complete", "be completed", GrantStatus.COMPLETED, GrantStatus.ACTIVE);

	/** The slugs as a URL pattern, for the controllers' mappings. */
	public static final String SLUGS = "submit-for-review|approve|reject|activate|complete";

	private final Transition<GrantStatus> transition;

	GrantMove(String slug, String verb, GrantStatus to, GrantStatus... from) {
		this.transition = Transition.of(slug, verb, null, to, from);
	}

	@Override
	public Transition<GrantStatus> transition() {
		return transition;
	}

	/** Whether the move takes a reason (approval, rejection). */
	public boolean takesReason() {
		return this == APPROVE || this == REJECT;
	}

}
