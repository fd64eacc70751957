package org.liaison.plan;

import java.util.Arrays;
import java.util.List;

/** Where a plan stands in its lifecycle. */
public enum PlanStatus {

	DRAFT, SUBMITTED, AGREED, IN_FORCE, COMPLETED, SUPERSEDED;

	public List<PlanMove> moves() {
		return Arrays.stream(PlanMove.values()).filter(move -> move.allowedFrom(this)).toList();
	}

}
