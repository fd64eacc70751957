package org.liaison.shared;

/**
 * Who may read a record that belongs to a partnership.
 */
public enum Releasability {

	/** Anyone, including people who are not signed in. */
	PUBLIC,

	/** NATO staff, Allies and the partner the record belongs to. */
	PARTNER,

	/** NATO staff and Allies only. */
	NATO

}
