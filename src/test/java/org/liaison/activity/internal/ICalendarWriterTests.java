package org.liaison.activity.internal;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.shared.NationCode;

import static org.assertj.core.api.Assertions.assertThat;

/** The iCalendar text of a feed, as the RFC wants its lines. */
class ICalendarWriterTests {

	@Test
	void aLongLineOfLettersOfManyOctetsIsFoldedAt75OctetsNeverInsideALetter() {
		String title = "Курс «Оборонне планування» für Übung 🎓 ".repeat(6).strip();
		StringWriter out = new StringWriter();
		ICalendarWriter calendar = ICalendarWriter.begin(out, "Liaison: UKR", Instant.parse("2027-01-02T03:04:05Z"));
		calendar.event(new CalendarEntry(UUID.randomUUID(), LocalDate.of(2027, 5, 3), LocalDate.of(2027, 5, 7), title,
				"ACT.1", "Kyiv", NationCode.of("UKR")));
		calendar.end();

		String ics = out.toString();
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
			assertThat(Character.isHighSurrogate(line.charAt(line.length() - 1))).as(line).isFalse();
		}
		assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:" + title + " (ACT.1)\r\n",
				"DTSTAMP:20270102T030405Z\r\n", "DTEND;VALUE=DATE:20270508\r\n");
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n");
	}

}
