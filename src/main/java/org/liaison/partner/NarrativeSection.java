package org.liaison.partner;

/**
 * Where a narrative stands on a partner's page.
 */
public enum NarrativeSection {

	/** Opening paragraphs under the summary. */
	OVERVIEW,

	/** The framework for cooperation. */
	FRAMEWORK,

	/** One of the key areas of cooperation, under its own heading. */
	AREA

}
