package org.liaison.activity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.liaison.activity.EventSummary;

/**
 * Events as an RFC 5545 calendar: one VEVENT per event with whole-day dates (DTEND is the
 * day after the last, as the RFC wants), text escaped, lines ended by CRLF and folded at
 * 75 octets.
 */
public final class ICalendarWriter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ICalendarWriter() {
	}

	public static String write(String name, List<EventSummary> events, Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "PRODID:-//Liaison//Activity calendar//EN");
		line(out, "VERSION:2.0");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "X-WR-CALNAME:" + text(name));
		for (EventSummary event : events) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + event.id() + "@liaison");
			line(out, "DTSTAMP:" + STAMP.format(now));
			line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.start()));
			line(out, "DTEND;VALUE=DATE:" + DATE.format(event.end().plusDays(1)));
			line(out, "SUMMARY:" + text(event.activityTitle() + " (" + event.activityRef() + ")"));
			line(out, "LOCATION:" + text(event.city() + ", " + event.nation().value()));
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/**
	 * Appends a content line folded so that no line is longer than 75 octets, never
	 * inside a character.
	 */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
