package org.liaison.agreement;

import lombok.RequiredArgsConstructor;

/**
 * Where an agreement stands in its lifecycle. The stages are ordered: an agreement
 * reaches a stage only after the ones before it, and the three ends are one stage,
 * reached from {@link #AGREED} or {@link #IN_FORCE}.
 */
@RequiredArgsConstructor
public enum AgreementStatus {

	DRAFT(0), SUBMITTED(1), AGREED(2), IN_FORCE(3), SUPERSEDED(4), EXPIRED(4), TERMINATED(4);

	private final int stage;

	/** Whether the agreement has been agreed, whatever became of it since. */
	public boolean reachedAgreement() {
		return stage >= AGREED.stage;
	}

	public boolean ended() {
		return stage == SUPERSEDED.stage;
	}

	/** Whether an agreement of this status may carry the date of the given stage. */
	public boolean reached(AgreementStatus other) {
		return stage >= other.stage;
	}

}
