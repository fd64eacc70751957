package org.liaison.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.liaison.activity.internal.MenuQueries;
import org.liaison.activity.internal.ParticipationRequest;
import org.liaison.activity.internal.RequestQueries;
import org.liaison.activity.internal.RequestRepository;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RecordWritten;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity module's part of a partnership dossier: a partner's requests with the
 * events and activities they reference, as a reader may take them out, and the import
 * that makes the record say what a dossier says, statuses included (an import records
 * history that already happened, so it does not replay the lifecycle). An import upserts
 * by natural key and keeps the dossier's time of last change; a record that already holds
 * the same data is not written at all, so importing twice changes nothing.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ActivityDossier {

	private final ActivityRepository activities;

	private final EventRepository events;

	private final RequestRepository requests;

	private final ActivityStore store;

	private final MenuQueries menu;

	private final EventQueries eventQueries;

	private final RequestQueries requestQueries;

	private final MenuService menuService;

	private final PartnerService partners;

	private final EventTimeline timeline;

	private final ApplicationEventPublisher publisher;

	private final DataChecks checks;

	/**
	 * The areas of cooperation, which every dossier carries along with the menu it
	 * references.
	 */
	public List<ReferenceItem> areas() {
		return menuService.areas();
	}

	public List<ReferenceItem> disciplines() {
		return menuService.disciplines();
	}

	/** Adds or renames an area of cooperation; answers whether anything changed. */
	@Transactional
	public boolean putArea(ReferenceItem item) {
		return menuService.putArea(item);
	}

	@Transactional
	public boolean putDiscipline(ReferenceItem item) {
		return menuService.putDiscipline(item);
	}

	/**
	 * A partner's requests with the events and activities they reference, as the audience
	 * may see them: a request whose activity the audience may not see stays out with it,
	 * in the queries.
	 */
	public ActivityExport export(NationCode partner, Audience audience) {
		return new ActivityExport(menu.activitiesOfPartner(partner, audience),
				eventQueries.eventsOfPartner(partner, audience),
				requestQueries.shownRequestsOfPartner(partner, audience));
	}

	/**
	 * Creates or updates an activity by its reference; answers whether anything changed.
	 */
	@Transactional
	public boolean importActivity(ActivityData data, Instant updatedAt) {
		InvalidInputException.throwIfAny(menuService.check(data));
		Optional<Activity> existing = activities.findByRef(data.ref());
		if (existing.isPresent()) {
			if (existing.get().holds(data)) {
				return false;
			}
			existing.get().revise(data, updatedAt);
			activities.save(existing.get());
			timeline.tellAll(existing.get());
			return true;
		}
		activities.save(Activity.create(data, updatedAt));
		return true;
	}

	/**
	 * Creates or updates an event by activity reference, start date and place; answers
	 * whether anything changed. The status is written as the dossier has it, through SQL
	 * of its own, so the milestones are told here.
	 */
	@Transactional
	public boolean importEvent(String activityRef, EventData data, EventStatus status, @Nullable String cancelReason,
			Instant updatedAt) {
		checks.validate(data);
		Activity activity = activities.findByRef(activityRef)
			.orElseThrow(() -> new RecordNotFoundException("activity", activityRef));
		Optional<UUID> existing = store.findEvent(activity.id(), data.start(), data.city(), data.nation());
		if (existing.isPresent()) {
			Event stored = events.findById(existing.get()).orElseThrow();
			if (stored.holds(data, status, cancelReason)) {
				return false;
			}
			store.restoreEvent(existing.get(), data, status, cancelReason, updatedAt);
			restored(existing.get(), activity, stored.toData(), stored.status(), data, status);
			timeline.tell(events.findById(existing.get()).orElseThrow(), activity);
			return true;
		}
		Event event = events.save(Event.create(activity.id(), data, status, updatedAt));
		if (status == EventStatus.CANCELLED) {
			store.restoreEvent(event.id(), data, status, cancelReason, updatedAt);
			restored(event.id(), activity, event.toData(), event.status(), data, status);
		}
		timeline.tell(events.findById(event.id()).orElseThrow(), activity);
		return true;
	}

	/**
	 * Tells the audit trail of an event the dossier set with the store's own SQL, as it
	 * would learn of one saved as an aggregate.
	 */
	private void restored(UUID id, Activity activity, EventData before, EventStatus wasStatus, EventData after,
			EventStatus status) {
		Map<String, @Nullable String> was = new LinkedHashMap<>(RecordWritten.fieldsOf(before));
		was.put("status", wasStatus.name());
		Map<String, @Nullable String> is = new LinkedHashMap<>(RecordWritten.fieldsOf(after));
		is.put("status", status.name());
		publisher.publishEvent(new RecordWritten(Event.class.getSimpleName(), id.toString(), activity.ref(), null,
				activity.releasability(), "changed", was, is)
			.partOf(activity.id()));
	}

	/**
	 * Creates or updates a partner's request by partner and event key; answers whether
	 * anything changed.
	 */
	@Transactional
	public boolean importRequest(NationCode partner, String activityRef, LocalDate start, String city,
			NationCode nation, RequestData data, RequestStatus status, @Nullable String reason,
			@Nullable Integer rating, @Nullable String feedback, Instant requestedAt, Instant updatedAt) {
		checks.validate(data);
		partners.requirePartner(partner);
		Activity activity = activities.findByRef(activityRef)
			.orElseThrow(() -> new RecordNotFoundException("activity", activityRef));
		UUID eventId = store.findEvent(activity.id(), start, city, nation)
			.orElseThrow(() -> new RecordNotFoundException("event", activityRef + " " + start + " " + city));
		Optional<ParticipationRequest> existing = requests.findByPartnerAndEvent(partner, eventId);
		if (existing.isPresent()) {
			if (existing.get().holds(data, status, reason, rating, feedback)) {
				return false;
			}
			existing.get().restore(data, status, reason, rating, feedback, updatedAt);
			requests.save(existing.get());
			return true;
		}
		requests.save(ParticipationRequest.imported(partner, eventId, data, status, reason, rating, feedback,
				requestedAt, updatedAt));
		return true;
	}

}
