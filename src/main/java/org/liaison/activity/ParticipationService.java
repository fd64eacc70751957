package org.liaison.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.activity.internal.Activity;
import org.liaison.activity.internal.ActivityRepository;
import org.liaison.activity.internal.ActivityStore;
import org.liaison.activity.internal.DataChecks;
import org.liaison.activity.internal.Event;
import org.liaison.activity.internal.EventRepository;
import org.liaison.activity.internal.ParticipationRequest;
import org.liaison.activity.internal.RequestQueries;
import org.liaison.activity.internal.RequestRepository;
import org.liaison.partner.MembershipSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partners' participation: their requests for places, the decisions about them,
 * attendance, feedback and nominees, and a partner's programme. Every decision about
 * seats locks the event's row first, then counts and writes, so that an event never has
 * more approved seats than it offers, whatever other writers do at the same time. A
 * {@code version} of {@code null} on a move means "whatever the current version is". A
 * move answers the request as its actor may read it: a partner whose activity staff have
 * since made NATO-only gets its request back without what it is for.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ParticipationService {

	private final ActivityRepository activities;

	private final EventRepository events;

	private final RequestRepository requests;

	private final ActivityStore store;

	private final RequestQueries queries;

	private final EventService eventService;

	private final PartnerService partners;

	private final DataChecks checks;

	private final Clock clock;

	public List<RequestSummary> requestsOfEvent(UUID event, Audience audience) {
		eventService.event(event, audience);
		return queries.requestsOfEvent(event, audience);
	}

	public RequestSummary request(UUID id, Audience audience) {
		return queries.request(id, audience)
			.orElseThrow(() -> new RecordNotFoundException("participation request", id));
	}

	/**
	 * A page of a partner's requests of a year (by the event's start), by area of
	 * cooperation; last, with no area, its requests whose activity the reader may no
	 * longer see (on every year's programme, as their year is withheld too).
	 * {@link AreaProgramme#of} groups a page by area.
	 */
	public PageOf<RequestSummary> programme(NationCode partner, int year, Audience audience, PageOf.Request page) {
		return queries.requestsOfPartner(partner, year, audience, page);
	}

	public List<ParticipationCount> participation(NationCode partner, Audience audience) {
		return queries.participation(partner, audience);
	}

	/**
	 * A partner asks for places: for its own nation only (a partner's user), at an event
	 * it may see, of an activity it is eligible for, before the registration deadline and
	 * never at a cancelled event.
	 */
	@Transactional
	public RequestSummary request(UUID eventId, NationCode partner, RequestData data, Audience actor) {
		if (actor.kind() == Audience.Kind.PARTNER && !partner.equals(actor.nation())) {
			throw new RuleViolationException("You may request places for your own nation only");
		}
		if (!actor.isNatoStaff() && actor.kind() != Audience.Kind.PARTNER) {
			throw new RuleViolationException("Only a partner's coordinators and NATO staff request places");
		}
		checks.validate(data);
		partners.requirePartner(partner);
		eventService.event(eventId, actor);
		store.lockEvent(eventId).orElseThrow(() -> new RecordNotFoundException("event", eventId));
		Event event = events.findById(eventId).orElseThrow();
		Activity activity = activities.findById(event.activity()).orElseThrow();
		event.requireTakesRequests(LocalDate.now(clock));
		List<String> memberships = partners.memberships(partner, Audience.alliance())
			.stream()
			.map(MembershipSummary::framework)
			.toList();
		if (!activity.admits(partner, memberships)) {
			throw new RuleViolationException("%s is not eligible for %s: it is open to %s".formatted(partner,
					activity.ref(), activity.toData().eligibility()));
		}
		ParticipationRequest request = requests.findByPartnerAndEvent(partner, eventId).map(earlier -> {
			earlier.renew(data, clock.instant());
			return requests.save(earlier);
		}).orElseGet(() -> requests.save(ParticipationRequest.create(partner, eventId, data, clock.instant())));
		return request(request.id(), actor);
	}

	/**
	 * Approves a request if its seats fit what is left of the event; otherwise the
	 * request is waitlisted (not an error): of two approvals racing for the last seat one
	 * wins and the other is waitlisted.
	 */
	@Transactional
	public RequestSummary approve(UUID id, @Nullable Long version) {
		ParticipationRequest request = lockedRequest(id, version);
		Event event = events.findById(request.event()).orElseThrow();
		requireDecidable(event);
		decide(request, event);
		return request(id, Audience.alliance());
	}

	@Transactional
	public RequestSummary waitlist(UUID id, @Nullable Long version) {
		ParticipationRequest request = lockedRequest(id, version);
		Event event = events.findById(request.event()).orElseThrow();
		requireDecidable(event);
		if (request.status() != RequestStatus.WAITLISTED) {
			if (request.status().holdsSeats()) {
				throw new RuleViolationException(
						"An approved request is not waitlisted; decline it or let the partner withdraw it");
			}
			request.move(RequestStatus.WAITLISTED, null, clock.instant());
			requests.save(request);
		}
		return request(id, Audience.alliance());
	}

	@Transactional
	public RequestSummary decline(UUID id, @Nullable Long version, @Nullable String reason) {
		ParticipationRequest request = lockedRequest(id, version);
		Event event = events.findById(request.event()).orElseThrow();
		boolean freed = request.status().holdsSeats();
		request.move(RequestStatus.DECLINED, reason, clock.instant());
		requests.save(request);
		if (freed) {
			promote(event);
		}
		return request(id, Audience.alliance());
	}

	/**
	 * The partner withdraws its request; seats it held go to the oldest waitlisted
	 * requests that fit.
	 */
	@Transactional
	public RequestSummary withdraw(UUID id, @Nullable Long version, Audience actor) {
		request(id, actor);
		ParticipationRequest request = lockedRequest(id, version);
		Event event = events.findById(request.event()).orElseThrow();
		boolean freed = request.status().holdsSeats();
		request.move(RequestStatus.WITHDRAWN, null, clock.instant());
		requests.save(request);
		if (freed && event.status() != EventStatus.HELD) {
			promote(event);
		}
		return request(id, actor);
	}

	/**
	 * The event's provider or NATO staff record whether the approved participants came,
	 * once registration is closed.
	 */
	@Transactional
	public RequestSummary attendance(UUID id, @Nullable Long version, boolean attended, Audience actor) {
		request(id, actor);
		ParticipationRequest request = lockedRequest(id, version);
		Event event = events.findById(request.event()).orElseThrow();
		MenuService.requireKeeper(actor, eventService.event(event.id(), Audience.alliance()).provider());
		if (event.status() != EventStatus.CLOSED && event.status() != EventStatus.HELD) {
			throw new RuleViolationException("Attendance is recorded once the event is closed or held; it is "
					+ event.status().name().toLowerCase());
		}
		request.move(attended ? RequestStatus.ATTENDED : RequestStatus.NO_SHOW, null, clock.instant());
		requests.save(request);
		return request(id, actor);
	}

	@Transactional
	public RequestSummary feedback(UUID id, @Nullable Long version, int rating, @Nullable String comment,
			Audience actor) {
		request(id, actor);
		ParticipationRequest request = unlockedRequest(id, version);
		request.feedback(rating, comment, clock.instant());
		requests.save(request);
		return request(id, actor);
	}

	@Transactional
	public RequestSummary nominate(UUID id, @Nullable Long version, List<NomineeData> nominees, Audience actor) {
		request(id, actor);
		ParticipationRequest request = unlockedRequest(id, version);
		nominees.forEach(checks::validate);
		request.nominate(nominees, clock.instant());
		requests.save(request);
		return request(id, actor);
	}

	/**
	 * Decides many requests at once, all or nothing; approvals that do not fit are
	 * waitlisted.
	 */
	@Transactional
	public List<RequestSummary> bulk(List<UUID> ids, Decision decision, @Nullable String reason) {
		List<RequestSummary> result = new ArrayList<>();
		for (UUID id : ids.stream().distinct().toList()) {
			result.add(switch (decision) {
				case APPROVE -> approve(id, null);
				case WAITLIST -> waitlist(id, null);
				case DECLINE -> decline(id, null, reason);
			});
		}
		return result;
	}

	/** A change that does not touch seats needs no lock of the event. */
	private ParticipationRequest unlockedRequest(UUID id, @Nullable Long version) {
		return version == null ? requests.findById(id).orElseThrow()
				: requests.atVersion(id, version, "participation request");
	}

	private ParticipationRequest lockedRequest(UUID id, @Nullable Long version) {
		UUID eventId = requests.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("participation request", id))
			.event();
		store.lockEvent(eventId);
		return unlockedRequest(id, version);
	}

	private void requireDecidable(Event event) {
		if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.HELD) {
			throw new RuleViolationException("The event is %s; its requests are no longer decided"
				.formatted(event.status().name().toLowerCase()));
		}
	}

	/** With the event locked: approve if the seats fit, else waitlist. */
	private void decide(ParticipationRequest request, Event event) {
		int taken = store.seatsTaken(event.id());
		if (request.status().holdsSeats()) {
			throw new RuleViolationException("The request is already " + request.status().name().toLowerCase());
		}
		if (taken + request.seats() <= event.seats()) {
			request.move(RequestStatus.APPROVED, null, clock.instant());
			requests.save(request);
		}
		else if (request.status() != RequestStatus.WAITLISTED) {
			String why = "%d of %d seats are taken; %d asked".formatted(taken, event.seats(), request.seats());
			request.move(RequestStatus.WAITLISTED, why, clock.instant());
			requests.save(request);
		}
	}

	/**
	 * With the event locked: approves the oldest waitlisted requests that fit the free
	 * seats.
	 */
	private void promote(Event event) {
		if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.HELD) {
			return;
		}
		int free = event.seats() - store.seatsTaken(event.id());
		for (ParticipationRequest waiting : requests.findByEventAndStatus(event.id(),
				RequestStatus.WAITLISTED.name())) {
			if (waiting.seats() <= free) {
				waiting.move(RequestStatus.APPROVED, null, clock.instant());
				requests.save(waiting);
				free -= waiting.seats();
			}
		}
	}

}
