package org.liaison.activity.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.liaison.shared.NationCode;

/**
 * What a calendar feed tells of an event, and no more: its days, its activity and where
 * it is. Without the fill, which a calendar does not show and which costs two sums per
 * event to read.
 */
public record CalendarEntry(UUID id, LocalDate start, LocalDate end, String activityTitle, String activityRef,
		String city, NationCode nation) {
}
