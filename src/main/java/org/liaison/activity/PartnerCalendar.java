package org.liaison.activity;

import java.io.Writer;
import java.time.Instant;

import org.liaison.activity.internal.EventQueries;
import org.liaison.activity.internal.ICalendarWriter;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;

/**
 * A partner's calendar feed for one reader and one window, its access and its window
 * already checked, to be written as its events are read: nothing can be refused once the
 * first line is out, and no more than one event is held at a time.
 */
public final class PartnerCalendar {

	private final EventQueries events;

	private final NationCode partner;

	private final Audience audience;

	private final CalendarWindow window;

	private final Instant now;

	PartnerCalendar(EventQueries events, NationCode partner, Audience audience, CalendarWindow window, Instant now) {
		this.events = events;
		this.partner = partner;
		this.audience = audience;
		this.window = window;
		this.now = now;
	}

	/** Writes the calendar as RFC 5545, one query for the whole window. */
	public void writeTo(Writer out) {
		ICalendarWriter calendar = ICalendarWriter.begin(out, "Liaison: " + partner, now);
		events.calendarOfPartner(partner, window, audience, calendar::event);
		calendar.end();
	}

}
