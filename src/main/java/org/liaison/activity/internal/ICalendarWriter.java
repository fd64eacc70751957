package org.liaison.activity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Events as an RFC 5545 calendar, written as they come: one VEVENT per event with
 * whole-day dates (DTEND is the day after the last, as the RFC wants), text escaped,
 * lines ended by CRLF and folded at 75 octets. Nothing is kept between events, so a
 * calendar of any length takes the memory of one line.
 */
public final class ICalendarWriter {

	private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final int LINE_OCTETS = 75;

	private final Writer out;

	private final String stamp;

	private ICalendarWriter(Writer out, Instant now) {
		this.out = out;
		this.stamp = STAMP.format(now);
	}

	/** Starts a calendar of the given name on the writer; its events follow. */
	public static ICalendarWriter begin(Writer out, String name, Instant now) {
		ICalendarWriter calendar = new ICalendarWriter(out, now);
		calendar.line("BEGIN:VCALENDAR");
		calendar.line("PRODID:-//Liaison//Activity calendar//EN");
		calendar.line("VERSION:2.0");
		calendar.line("CALSCALE:GREGORIAN");
		calendar.line("X-WR-CALNAME:" + text(name));
		return calendar;
	}

	public void event(CalendarEntry event) {
		line("BEGIN:VEVENT");
		line("UID:" + event.id() + "@liaison");
		line("DTSTAMP:" + stamp);
		line("DTSTART;VALUE=DATE:" + DATE.format(event.start()));
		line("DTEND;VALUE=DATE:" + DATE.format(event.end().plusDays(1)));
		line("SUMMARY:" + text(event.activityTitle() + " (" + event.activityRef() + ")"));
		line("LOCATION:" + text(event.city() + ", " + event.nation().value()));
		line("END:VEVENT");
	}

	public void end() {
		line("END:VCALENDAR");
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String value) {
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n");
	}

	/**
	 * Writes a content line folded so that no line is longer than 75 octets, never inside
	 * a character.
	 */
	private void line(String content) {
		StringBuilder line = new StringBuilder(content.length() + 8);
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = utf8Octets(codePoint);
			if (octets + size > LINE_OCTETS) {
				line.append("\r\n ");
				octets = 1;
			}
			line.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		line.append("\r\n");
		try {
			out.write(line.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int utf8Octets(int codePoint) {
		if (codePoint < 0x80) {
			return 1;
		}
		if (codePoint < 0x800) {
			return 2;
		}
		return codePoint < 0x10000 ? 3 : 4;
	}

}
