package org.liaison.audit;

/** How a change reached Liaison. */
public enum Channel {

	/** A form of the browser pages. */
	PAGE,

	/** The API, signed in with a password. */
	API,

	/** The API, with a personal API token. */
	TOKEN,

	/** A dossier or menu import: every record it writes shares the import's request. */
	IMPORT,

	/** Liaison itself: start-up, scheduled work, a listener after a commit. */
	SYSTEM

}
