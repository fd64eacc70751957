package org.liaison.activity;

/** What a bulk decision about participation requests does. */
public enum Decision {

	APPROVE, WAITLIST, DECLINE

}
