package org.liaison.activity;

/** The kind of an activity of the menu. */
public enum ActivityType {

	COURSE, EXERCISE, SEMINAR, CONFERENCE, WORKSHOP, VISIT, MEETING, OTHER

}
