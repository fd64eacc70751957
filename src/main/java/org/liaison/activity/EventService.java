package org.liaison.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.activity.internal.Activity;
import org.liaison.activity.internal.ActivityRepository;
import org.liaison.activity.internal.ActivityStore;
import org.liaison.activity.internal.DataChecks;
import org.liaison.activity.internal.Event;
import org.liaison.activity.internal.EventQueries;
import org.liaison.activity.internal.EventRepository;
import org.liaison.activity.internal.EventTimeline;
import org.liaison.activity.internal.ParticipationRequest;
import org.liaison.activity.internal.RequestRepository;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dated events of the menu's activities, their lifecycle, and the reads of events
 * across activities: the month calendar and the fill. A change of an event's seats or
 * status locks the event's row first, as every decision about its seats does, so that an
 * event never offers fewer seats than are approved. Staff and the activity's provider
 * keep an event; only staff mark a milestone. A {@code version} of {@code null} on a move
 * means "whatever the current version is".
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EventService {

	private final ActivityRepository activities;

	private final EventRepository events;

	private final RequestRepository requests;

	private final ActivityStore store;

	private final EventQueries queries;

	private final MenuService menu;

	private final EventTimeline timeline;

	private final DataChecks checks;

	private final Clock clock;

	public List<EventSummary> events(String activityRef, Audience audience) {
		return queries.events(menu.activity(activityRef, audience).id(), audience);
	}

	public EventSummary event(UUID id, Audience audience) {
		return queries.event(id, audience).orElseThrow(() -> new RecordNotFoundException("event", id));
	}

	/** Adds a dated event to an activity: NATO staff, or the activity's provider. */
	@Transactional
	public EventSummary addEvent(String activityRef, EventData data, Audience actor) {
		MenuService.requireKeeper(actor, menu.activity(activityRef, actor).provider());
		Activity activity = activities.findByRef(activityRef)
			.orElseThrow(() -> new RecordNotFoundException("activity", activityRef));
		List<Problem> problems = checks.violations(data);
		if (!actor.isNatoStaff() && (data.milestone() || !blank(data.milestoneText()))) {
			problems.add(new Problem("milestone", "is marked by NATO staff only"));
		}
		InvalidInputException.throwIfAny(problems);
		Event event = events.save(Event.create(activity.id(), data, EventStatus.PLANNED, clock.instant()));
		timeline.tell(event, activity);
		return event(event.id(), Audience.alliance());
	}

	/**
	 * Revises an event: NATO staff, or the activity's provider (who leaves the milestone
	 * mark as staff set it).
	 */
	@Transactional
	public EventSummary reviseEvent(UUID id, long version, EventData data, Audience actor) {
		EventSummary before = event(id, actor);
		MenuService.requireKeeper(actor, before.provider());
		store.lockEvent(id).orElseThrow(() -> new RecordNotFoundException("event", id));
		Event event = events.atVersion(id, version, "event");
		List<Problem> problems = checks.violations(data);
		if (!actor.isNatoStaff() && (data.milestone() != before.milestone()
				|| !Objects.equals(blank(data.milestoneText()) ? null : data.milestoneText().strip(),
						blank(before.milestoneText()) ? null : before.milestoneText().strip()))) {
			problems.add(new Problem("milestone", "is marked by NATO staff only"));
		}
		// A staff-marked milestone names a partner's timeline and stands as fact: where
		// it is and
		// whether it is sample data stay staff's to change.
		if (!actor.isNatoStaff() && before.milestone()) {
			if (!data.nation().equals(before.nation())) {
				problems.add(new Problem("nation",
						"stays " + before.nation() + ": the event is a milestone NATO staff marked"));
			}
			if (data.illustrative() != before.illustrative()) {
				problems.add(new Problem("illustrative", "stays as it is: the event is a milestone NATO staff marked"));
			}
		}
		InvalidInputException.throwIfAny(problems);
		if (data.seats() < store.seatsTaken(id)) {
			throw new RuleViolationException(
					"The event already has %d seats approved; it cannot offer fewer".formatted(store.seatsTaken(id)));
		}
		event.revise(data, clock.instant());
		event = events.save(event);
		timeline.tell(event, activities.findById(event.activity()).orElseThrow());
		return event(id, Audience.alliance());
	}

	/**
	 * Moves an event along its lifecycle. Cancelling declines its requested, approved and
	 * waitlisted requests with the reason.
	 */
	@Transactional
	public EventSummary moveEvent(UUID id, @Nullable Long version, EventStatus to, @Nullable String reason,
			Audience actor) {
		MenuService.requireKeeper(actor, event(id, actor).provider());
		store.lockEvent(id).orElseThrow(() -> new RecordNotFoundException("event", id));
		Event event = version == null ? events.findById(id).orElseThrow() : events.atVersion(id, version, "event");
		Activity activity = activities.findById(event.activity()).orElseThrow();
		event.move(to, reason, activity.ref(), clock.instant());
		event = events.save(event);
		if (to == EventStatus.CANCELLED) {
			String why = "The event was cancelled: " + reason.strip();
			for (RequestStatus status : List.of(RequestStatus.REQUESTED, RequestStatus.APPROVED,
					RequestStatus.WAITLISTED)) {
				for (ParticipationRequest request : requests.findByEventAndStatus(id, status.name())) {
					request.move(RequestStatus.DECLINED, why, clock.instant());
					requests.save(request);
				}
			}
		}
		timeline.tell(event, activity);
		return event(id, Audience.alliance());
	}

	// The calendar and the fill

	public List<EventSummary> eventsBetween(LocalDate from, LocalDate to, Audience audience) {
		return queries.eventsBetween(from, to, null, audience);
	}

	/**
	 * The events of a span whose fill the audience follows: every provider's for the
	 * alliance, its own for a provider. Nobody else reads fill across events.
	 */
	public PageOf<EventSummary> eventFill(LocalDate from, LocalDate to, Audience audience, PageOf.Request page) {
		return queries.eventsBetween(from, to, fillScope(audience), audience, page);
	}

	/** When the last event the audience may see starts, if there is any. */
	public Optional<LocalDate> lastEventStartSeenBy(Audience audience) {
		return queries.lastEventStart(null, audience);
	}

	/** When the last event whose fill the audience follows starts, if there is any. */
	public Optional<LocalDate> lastEventStart(Audience audience) {
		return queries.lastEventStart(fillScope(audience), audience);
	}

	/**
	 * The fill of every provider's events meeting the span (either end open) for the
	 * alliance, of its own for a provider.
	 */
	public List<ProviderFill> providerFill(@Nullable LocalDate from, @Nullable LocalDate to, Audience audience) {
		return queries.providerFill(from, to, fillScope(audience), audience);
	}

	private static @Nullable String fillScope(Audience audience) {
		if (audience.isAlliance()) {
			return null;
		}
		if (audience.provider() == null) {
			throw new RecordNotFoundException("fill", "events");
		}
		return audience.provider();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
