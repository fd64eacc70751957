package org.liaison.plan;

/**
 * An assessment round is open for assessments until NATO staff approve it; then it is
 * locked.
 */
public enum RoundStatus {

	OPEN, APPROVED

}
