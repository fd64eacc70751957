package org.liaison.agreement;

import org.liaison.shared.LifecycleMove;

/**
 * The moves of an agreement's lifecycle: from which statuses each may be made and where
 * it leads. An agreement may end without having entered into force, but is never agreed
 * unsubmitted.
 */
public enum AgreementMove implements LifecycleMove<AgreementStatus> {

	SUBMIT("submit", "be submitted", "was submitted", AgreementStatus.SUBMITTED, AgreementStatus.DRAFT),
	AGREE("agree", "be agreed", "was agreed", AgreementStatus.AGREED, AgreementStatus.SUBMITTED),
	ENTER_INTO_FORCE("enter-into-force", "enter into force", "entered into force", AgreementStatus.IN_FORCE,
			AgreementStatus.AGREED),
	SUPERSEDE("supersede", "be superseded", "was superseded", AgreementStatus.SUPERSEDED, AgreementStatus.AGREED,
			AgreementStatus.IN_FORCE),
	EXPIRE("expire", "expire", "expired", AgreementStatus.EXPIRED, AgreementStatus.AGREED, AgreementStatus.IN_FORCE),
	TERMINATE("terminate", "be terminated", "was terminated", AgreementStatus.TERMINATED, AgreementStatus.AGREED,
			AgreementStatus.IN_FORCE);

	private final Transition<AgreementStatus> transition;

	AgreementMove(String slug, String verb, String pastTense, AgreementStatus to, AgreementStatus... from) {
		this.transition = Transition.of(slug, verb, pastTense, to, from);
	}

	@Override
	public Transition<AgreementStatus> transition() {
		return transition;
	}

}
