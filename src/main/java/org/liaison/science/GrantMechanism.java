package org.liaison.science;

/**
 * The SPS mechanism that funds a grant.
 */
public enum GrantMechanism {

	MULTI_YEAR_PROJECT, ADVANCED_RESEARCH_WORKSHOP, ADVANCED_TRAINING_COURSE, ADVANCED_STUDY_INSTITUTE

}
