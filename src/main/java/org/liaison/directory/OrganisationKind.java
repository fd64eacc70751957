package org.liaison.directory;

/**
 * What an organisation is. Some roles need a particular kind: only an embassy can be a
 * contact point embassy, only a training centre a Partnership Training and Education
 * Centre.
 */
public enum OrganisationKind {

	NATO_BODY, MINISTRY, EMBASSY, LIAISON_OFFICE, TRAINING_CENTRE, EXECUTING_AGENT, INTERNATIONAL_ORGANISATION,
	ARMED_FORCES, OTHER

}
