package org.liaison.plan;

/**
 * Who judged: the partner itself, or NATO (whose assessments partner users never see).
 */
public enum AssessmentSource {

	SELF, NATO

}
