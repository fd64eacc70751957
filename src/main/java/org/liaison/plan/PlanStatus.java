package org.liaison.plan;

import java.util.Arrays;
import java.util.List;

import org.liaison.plan.PlanService.Move;

/** Where a plan stands in its lifecycle. */
public enum PlanStatus {

	DRAFT, SUBMITTED, AGREED, IN_FORCE, COMPLETED, SUPERSEDED;

	public List<Move> moves() {
		return Arrays.stream(Move.values()).filter(move -> move.allowedFrom(this)).toList();
	}

}
