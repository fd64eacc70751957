package org.liaison.publication;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.liaison.dialogue.BodySummary;
import org.liaison.dialogue.MeetingService;
import org.liaison.dialogue.MeetingSummary;
import org.liaison.shared.Audience;
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
		if (bodies.isEmpty()) {
			return List.of();
		}
		Set<UUID> shown = bodies.stream().map(BodySummary::id).collect(Collectors.toSet());
		return meetings.allMeetings(bodies.get(0).partner(), Audience.ANONYMOUS)
			.stream()
			.filter(m -> shown.contains(m.bodyId()))
			.filter(m -> m.releasability() == Releasability.PUBLIC && !m.illustrative())
			.toList();
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
