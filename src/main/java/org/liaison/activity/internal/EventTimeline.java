package org.liaison.activity.internal;

import java.util.Set;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.NationCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the timeline the milestones of events. A milestone is not one aggregate's event:
 * it tells the event and its activity's title at its releasability, for partners' events
 * only, so it is published here whenever either of them changes (a revised activity tells
 * all its events anew), and also after the writes that go through hand-written SQL (a
 * dossier's events).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EventTimeline {

	private final EventRepository events;

	private final PartnerService partners;

	private final ApplicationEventPublisher publisher;

	/**
	 * An event's milestone tells the activity's title at its releasability: a revised
	 * activity tells them anew.
	 */
	public void tellAll(Activity activity) {
		Set<NationCode> partnerNations = partnerNations();
		events.findByActivity(activity.id()).forEach(event -> tell(event, activity, partnerNations));
	}

	public void tell(Event event, Activity activity) {
		tell(event, activity, partnerNations());
	}

	/**
	 * The nations that may be partners: the timeline keeps milestones of partners'
	 * partnerships only.
	 */
	Set<NationCode> partnerNations() {
		return partners.nations().stream().filter(n -> !n.ally()).map(NationSummary::code).collect(Collectors.toSet());
	}

	private void tell(Event event, Activity activity, Set<NationCode> partnerNations) {
		// An event hosted by an Ally (or a nation outside the reference list) stands for
		// no milestone.
		if (!partnerNations.contains(event.nation())) {
			return;
		}
		// The milestone tells both the event and its activity: a change of either makes
		// it newer.
		publisher.publishEvent(event.milestones(activity.title(), activity.releasability(), event.nation(),
				event.version() + activity.version()));
	}

}
