package org.liaison.plan;

/**
 * Where a plan stands in its lifecycle; {@link PlanMove#from} says where it may go next.
 */
public enum PlanStatus {

	DRAFT, SUBMITTED, AGREED, IN_FORCE, COMPLETED, SUPERSEDED

}
