package org.liaison.publication;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.liaison.dialogue.BodySummary;
import org.liaison.dialogue.MeetingService;
import org.liaison.dialogue.MeetingSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.PageOf;
import org.liaison.shared.Releasability;

/**
 * The public meetings of a partner's joint bodies, as the page lists them under each
 * body: when, where and who took part.
 */
final class BodyMeetings {

	private BodyMeetings() {
	}

	/**
	 * The public meetings of the bodies, read as the public; a meeting recorded as
	 * illustration is not a fact and is left out.
	 */
	static List<MeetingSummary> published(MeetingService meetings, List<BodySummary> bodies) {
		List<MeetingSummary> all = new ArrayList<>();
		for (BodySummary body : bodies) {
			PageOf<MeetingSummary> page;
			int number = 0;
			do {
				page = meetings.meetings(body.id(), Audience.ANONYMOUS, new PageOf.Request(number++, PageOf.MAX_SIZE));
				all.addAll(page.items());
			}
			while (page.hasNext());
		}
		return all.stream().filter(m -> m.releasability() == Releasability.PUBLIC && !m.illustrative()).toList();
	}

	/** The body's meetings among those shown, latest first. */
	static List<RelationsPage.Meeting> of(BodySummary body, List<MeetingSummary> meetings) {
		return meetings.stream()
			.filter(m -> m.bodyId().equals(body.id()))
			.sorted(Comparator.comparing(MeetingSummary::date).reversed())
			.map(m -> new RelationsPage.Meeting(m.date(), m.place(),
					m.participants().stream().map(p -> p.name()).toList()))
			.toList();
	}

}
