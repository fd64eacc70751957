package org.liaison.activity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.internal.Activity;
import org.liaison.activity.internal.ActivityQueries;
import org.liaison.activity.internal.ActivityRepository;
import org.liaison.activity.internal.ActivityStore;
import org.liaison.activity.internal.Event;
import org.liaison.activity.internal.EventRepository;
import org.liaison.activity.internal.MenuCsv;
import org.liaison.activity.internal.ParticipationRequest;
import org.liaison.activity.internal.RequestRepository;
import org.liaison.directory.DirectoryService;
import org.liaison.identity.AccountService;
import org.liaison.partner.MembershipSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordData;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleRecordException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cooperation menu, its events and the partners' participation requests. Every decision
 * about seats locks the event's row first, then counts and writes, so that an event never has
 * more approved seats than it offers, whatever other writers do at the same time. A
 * {@code version} of {@code null} on a move means "whatever the current version is".
 */
@Service
public class ActivityService {

	/** What a bulk decision does. */
	public enum Decision {

		APPROVE, WAITLIST, DECLINE

	}

	private final ActivityRepository activities;

	private final EventRepository events;

	private final RequestRepository requests;

	private final ActivityStore store;

	private final ActivityQueries queries;

	private final PartnerService partners;

	private final DirectoryService directory;

	private final AccountService accounts;

	private final ApplicationEventPublisher publisher;

	private final Validator validator;

	private final Clock clock;

	ActivityService(ActivityRepository activities, EventRepository events, RequestRepository requests,
			ActivityStore store, ActivityQueries queries, PartnerService partners, DirectoryService directory,
			AccountService accounts, ApplicationEventPublisher publisher, Validator validator, Clock clock) {
		this.activities = activities;
		this.events = events;
		this.requests = requests;
		this.store = store;
		this.queries = queries;
		this.partners = partners;
		this.directory = directory;
		this.accounts = accounts;
		this.publisher = publisher;
		this.validator = validator;
		this.clock = clock;
	}

	// Reference data

	public List<ReferenceItem> areas() {
		return queries.areas();
	}

	public List<ReferenceItem> disciplines() {
		return queries.disciplines();
	}

	@Transactional
	public boolean putArea(ReferenceItem item) {
		validate(item);
		return store.putArea(item);
	}

	@Transactional
	public boolean putDiscipline(ReferenceItem item) {
		validate(item);
		return store.putDiscipline(item);
	}

	public List<String> providers(Audience audience) {
		return queries.providers(audience);
	}

	// The menu

	public MenuPage menu(MenuQuery query, Audience audience, PageOf.Request page) {
		return queries.menu(query, audience, page);
	}

	public ActivitySummary activity(String ref, Audience audience) {
		return queries.activity(ref, audience).orElseThrow(() -> new RecordNotFoundException("activity", ref));
	}

	/**
	 * Adds an activity to the menu: NATO staff for any provider, a provider for its own
	 * organisation only. Only NATO staff publish an activity (make it {@code PUBLIC}).
	 */
	@Transactional
	public ActivitySummary addActivity(ActivityData data, Audience actor) {
		requireKeeper(actor, data.provider());
		List<Problem> problems = check(data);
		if (!actor.isNatoStaff() && data.releasability() == Releasability.PUBLIC) {
			problems.add(new Problem("releasability", "is PARTNER or NATO: only NATO staff make an activity public"));
		}
		if (activities.findByRef(data.ref()).isPresent()) {
			problems.add(new Problem("ref", "'" + data.ref() + "' is already an activity of the menu"));
		}
		fail(problems);
		Activity activity = activities.save(Activity.create(data, clock.instant()));
		return activity(activity.ref(), Audience.alliance());
	}

	/** Revises an activity: NATO staff any, a provider its own (and it stays its own). */
	@Transactional
	public ActivitySummary reviseActivity(String ref, long version, ActivityData data, Audience actor) {
		ActivitySummary before = activity(ref, actor);
		requireKeeper(actor, before.provider());
		requireKeeper(actor, data.provider());
		Activity activity = activities.findByRef(ref).orElseThrow(() -> new RecordNotFoundException("activity", ref));
		requireVersion(activity.version(), version, "activity", ref);
		List<Problem> problems = check(data);
		if (!actor.isNatoStaff()
				&& (data.releasability() == Releasability.PUBLIC) != (before.releasability() == Releasability.PUBLIC)) {
			problems.add(new Problem("releasability", "stays " + before.releasability()
					+ ": only NATO staff publish an activity or withdraw it from the public"));
		}
		if (!data.ref().equals(ref) && activities.findByRef(data.ref()).isPresent()) {
			problems.add(new Problem("ref", "'" + data.ref() + "' is already an activity of the menu"));
		}
		fail(problems);
		activity.revise(data, clock.instant());
		activities.save(activity);
		republishMilestones(activity);
		return activity(activity.ref(), Audience.alliance());
	}

	/** Field rules, the data's own rules, and that its area, discipline and provider exist. */
	List<Problem> check(ActivityData data) {
		List<Problem> problems = violations(data);
		if (data.area() != null && !store.areaExists(data.area())) {
			problems.add(new Problem("area", "'" + data.area() + "' is not an area of cooperation"));
		}
		if (data.discipline() != null && !store.disciplineExists(data.discipline())) {
			problems.add(new Problem("discipline", "'" + data.discipline() + "' is not a discipline"));
		}
		if (data.provider() != null && !data.provider().isBlank()
				&& directory.organisationByRef(data.provider(), Audience.alliance()).isEmpty()) {
			problems.add(new Problem("provider", "'" + data.provider() + "' is not an organisation of the directory"));
		}
		return problems;
	}

	// Events

	public List<EventSummary> events(String activityRef, Audience audience) {
		return queries.events(activity(activityRef, audience).id(), audience);
	}

	public EventSummary event(UUID id, Audience audience) {
		return queries.event(id, audience).orElseThrow(() -> new RecordNotFoundException("event", id));
	}

	public List<EventSummary> eventsBetween(LocalDate from, LocalDate to, Audience audience) {
		return queries.eventsBetween(from, to, null, audience);
	}

	/**
	 * The events of a span whose fill the audience follows: every provider's for the alliance, its
	 * own for a provider. Nobody else reads fill across events.
	 */
	public PageOf<EventSummary> eventFill(LocalDate from, LocalDate to, Audience audience, PageOf.Request page) {
		return queries.eventsBetween(from, to, fillScope(audience), audience, page);
	}

	/** Adds a dated event to an activity: NATO staff, or the activity's provider. */
	@Transactional
	public EventSummary addEvent(String activityRef, EventData data, Audience actor) {
		requireKeeper(actor, activity(activityRef, actor).provider());
		Activity activity = activities.findByRef(activityRef)
			.orElseThrow(() -> new RecordNotFoundException("activity", activityRef));
		List<Problem> problems = violations(data);
		if (!actor.isNatoStaff() && (data.milestone() || !blank(data.milestoneText()))) {
			problems.add(new Problem("milestone", "is marked by NATO staff only"));
		}
		fail(problems);
		Event event = events.save(Event.create(activity.id(), data, EventStatus.PLANNED, clock.instant()));
		publishMilestones(event, activity);
		return event(event.id(), Audience.alliance());
	}

	/** Revises an event: NATO staff, or the activity's provider (who leaves the milestone mark as staff set it). */
	@Transactional
	public EventSummary reviseEvent(UUID id, long version, EventData data, Audience actor) {
		EventSummary before = event(id, actor);
		requireKeeper(actor, before.provider());
		store.lockEvent(id).orElseThrow(() -> new RecordNotFoundException("event", id));
		Event event = events.findById(id).orElseThrow();
		requireVersion(event.version(), version, "event", id);
		List<Problem> problems = violations(data);
		if (!actor.isNatoStaff() && (data.milestone() != before.milestone()
				|| !Objects.equals(blank(data.milestoneText()) ? null : data.milestoneText().strip(),
						blank(before.milestoneText()) ? null : before.milestoneText().strip()))) {
			problems.add(new Problem("milestone", "is marked by NATO staff only"));
		}
		// A staff-marked milestone names a partner's timeline and stands as fact: where it is and
		// whether it is sample data stay staff's to change.
		if (!actor.isNatoStaff() && before.milestone()) {
			if (!data.nation().equals(before.nation())) {
				problems.add(new Problem("nation", "stays " + before.nation() + ": the event is a milestone NATO staff marked"));
			}
			if (data.illustrative() != before.illustrative()) {
				problems.add(new Problem("illustrative", "stays as it is: the event is a milestone NATO staff marked"));
			}
		}
		fail(problems);
		if (data.seats() < store.seatsTaken(id)) {
			throw new RuleViolationException("The event already has %d seats approved; it cannot offer fewer"
				.formatted(store.seatsTaken(id)));
		}
		event.revise(data, clock.instant());
		event = events.save(event);
		publishMilestones(event, activities.findById(event.activity()).orElseThrow());
		return event(id, Audience.alliance());
	}

	/**
	 * Moves an event along its lifecycle. Cancelling declines its requested, approved and
	 * waitlisted requests with the reason.
	 */
	@Transactional
	public EventSummary moveEvent(UUID id, @Nullable Long version, EventStatus to, @Nullable String reason,
			Audience actor) {
		requireKeeper(actor, event(id, actor).provider());
		store.lockEvent(id).orElseThrow(() -> new RecordNotFoundException("event", id));
		Event event = events.findById(id).orElseThrow();
		if (version != null) {
			requireVersion(event.version(), version, "event", id);
		}
		Activity activity = activities.findById(event.activity()).orElseThrow();
		event.move(to, reason, clock.instant());
		event = events.save(event);
		if (to == EventStatus.CANCELLED) {
			String why = "The event was cancelled: " + reason.strip();
			for (RequestStatus status : List.of(RequestStatus.REQUESTED, RequestStatus.APPROVED, RequestStatus.WAITLISTED)) {
				for (ParticipationRequest request : requests.findByEventAndStatus(id, status.name())) {
					request.move(RequestStatus.DECLINED, why, clock.instant());
					requests.save(request);
					publisher.publishEvent(new ParticipationDeclined(request.id(), id, request.partner(), why));
				}
			}
			publisher.publishEvent(new EventCancelled(id, activity.ref(), reason.strip()));
		}
		if (to == EventStatus.HELD) {
			publisher.publishEvent(new EventHeld(id, activity.ref()));
		}
		publishMilestones(event, activity);
		return event(id, Audience.alliance());
	}

	/** An event's milestone tells the activity's title at its releasability: a revised activity tells them anew. */
	private void republishMilestones(Activity activity) {
		Set<NationCode> partnerNations = partnerNations();
		events.findByActivity(activity.id()).forEach(event -> publishMilestones(event, activity, partnerNations));
	}

	private void publishMilestones(Event event, Activity activity) {
		publishMilestones(event, activity, partnerNations());
	}

	/** The nations that may be partners: the timeline keeps milestones of partners' partnerships only. */
	private Set<NationCode> partnerNations() {
		return partners.nations()
			.stream()
			.filter(n -> !n.ally())
			.map(org.liaison.partner.NationSummary::code)
			.collect(java.util.stream.Collectors.toSet());
	}

	private void publishMilestones(Event event, Activity activity, Set<NationCode> partnerNations) {
		// An event hosted by an Ally (or a nation outside the reference list) stands for no milestone.
		if (!partnerNations.contains(event.nation())) {
			return;
		}
		// The milestone tells both the event and its activity: a change of either makes it newer.
		publisher.publishEvent(event.milestones(activity.title(), activity.releasability(), event.nation(),
				event.version() + activity.version()));
	}

	// Requests

	public List<RequestSummary> requestsOfEvent(UUID event, Audience audience) {
		event(event, audience);
		return queries.requestsOfEvent(event, audience);
	}

	public RequestSummary request(UUID id, Audience audience) {
		return queries.request(id, audience).orElseThrow(() -> new RecordNotFoundException("participation request", id));
	}

	/** A partner's requests of a year (by the event's start), grouped by area of cooperation. */
	public List<AreaProgramme> programme(NationCode partner, int year, Audience audience) {
		Map<String, List<RequestSummary>> byArea = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (RequestSummary request : queries.requestsOfPartner(partner, year, audience)) {
			byArea.computeIfAbsent(request.area(), k -> new ArrayList<>()).add(request);
			names.put(request.area(), request.areaName());
		}
		return byArea.entrySet().stream().map(e -> new AreaProgramme(e.getKey(), names.get(e.getKey()), e.getValue())).toList();
	}

	public List<ParticipationCount> participation(NationCode partner, Audience audience) {
		return queries.participation(partner, audience);
	}

	/** When the last event the audience may see starts, if there is any. */
	public java.util.Optional<LocalDate> lastEventStartSeenBy(Audience audience) {
		return queries.lastEventStart(null, audience);
	}

	/** When the last event whose fill the audience follows starts, if there is any. */
	public java.util.Optional<LocalDate> lastEventStart(Audience audience) {
		return queries.lastEventStart(fillScope(audience), audience);
	}

	/** The fill of every provider's events meeting the span (either end open) for the alliance, of its own for a provider. */
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

	/**
	 * A partner asks for places: for its own nation only (a partner's user), at an event it may
	 * see, of an activity it is eligible for, before the registration deadline and never at a
	 * cancelled event.
	 */
	@Transactional
	public RequestSummary request(UUID eventId, NationCode partner, RequestData data, Audience actor) {
		if (actor.kind() == Audience.Kind.PARTNER && !partner.equals(actor.nation())) {
			throw new RuleViolationException("You may request places for your own nation only");
		}
		if (!actor.isNatoStaff() && actor.kind() != Audience.Kind.PARTNER) {
			throw new RuleViolationException("Only a partner's coordinators and NATO staff request places");
		}
		fail(violations(data));
		partners.requirePartner(partner);
		event(eventId, actor);
		store.lockEvent(eventId).orElseThrow(() -> new RecordNotFoundException("event", eventId));
		Event event = events.findById(eventId).orElseThrow();
		Activity activity = activities.findById(event.activity()).orElseThrow();
		event.requireTakesRequests(LocalDate.now(clock));
		List<String> memberships = partners.memberships(partner, Audience.alliance())
			.stream()
			.map(MembershipSummary::framework)
			.toList();
		if (!activity.admits(partner, memberships)) {
			throw new RuleViolationException("%s is not eligible for %s: it is open to %s"
				.formatted(partner, activity.ref(), activity.toData().eligibility()));
		}
		ParticipationRequest request = requests.findByPartnerAndEvent(partner, eventId).map(earlier -> {
			earlier.renew(data, clock.instant());
			return requests.save(earlier);
		}).orElseGet(() -> requests.save(ParticipationRequest.create(partner, eventId, data, clock.instant())));
		publisher.publishEvent(new ParticipationRequested(request.id(), eventId, partner, request.seats()));
		return request(request.id(), Audience.alliance());
	}

	/**
	 * Approves a request if its seats fit what is left of the event; otherwise the request is
	 * waitlisted (not an error): of two approvals racing for the last seat one wins and the other
	 * is waitlisted.
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
		boolean freed = request.status().holdsSeats();
		if (request.status() != RequestStatus.WAITLISTED) {
			if (freed) {
				throw new RuleViolationException("An approved request is not waitlisted; decline it or let the partner withdraw it");
			}
			request.move(RequestStatus.WAITLISTED, null, clock.instant());
			requests.save(request);
			publisher.publishEvent(new ParticipationWaitlisted(id, event.id(), request.partner(), request.seats()));
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
		publisher.publishEvent(new ParticipationDeclined(id, event.id(), request.partner(), reason));
		if (freed) {
			promote(event);
		}
		return request(id, Audience.alliance());
	}

	/** The partner withdraws its request; seats it held go to the oldest waitlisted requests that fit. */
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
		return request(id, Audience.alliance());
	}

	/** The event's provider or NATO staff record whether the approved participants came, once registration is closed. */
	@Transactional
	public RequestSummary attendance(UUID id, @Nullable Long version, boolean attended, Audience actor) {
		request(id, actor);
		ParticipationRequest request = lockedRequest(id, version);
		Event event = events.findById(request.event()).orElseThrow();
		requireKeeper(actor, event(event.id(), Audience.alliance()).provider());
		if (event.status() != EventStatus.CLOSED && event.status() != EventStatus.HELD) {
			throw new RuleViolationException("Attendance is recorded once the event is closed or held; it is "
					+ event.status().name().toLowerCase());
		}
		request.move(attended ? RequestStatus.ATTENDED : RequestStatus.NO_SHOW, null, clock.instant());
		requests.save(request);
		return request(id, Audience.alliance());
	}

	@Transactional
	public RequestSummary feedback(UUID id, @Nullable Long version, int rating, @Nullable String comment, Audience actor) {
		request(id, actor);
		ParticipationRequest request = requests.findById(id).orElseThrow();
		if (version != null) {
			requireVersion(request.version(), version, "participation request", id);
		}
		request.feedback(rating, comment, clock.instant());
		requests.save(request);
		return request(id, Audience.alliance());
	}

	@Transactional
	public RequestSummary nominate(UUID id, @Nullable Long version, List<NomineeData> nominees, Audience actor) {
		request(id, actor);
		ParticipationRequest request = requests.findById(id).orElseThrow();
		if (version != null) {
			requireVersion(request.version(), version, "participation request", id);
		}
		nominees.forEach(this::validate);
		request.nominate(nominees, clock.instant());
		requests.save(request);
		return request(id, Audience.alliance());
	}

	/** Decides many requests at once, all or nothing; approvals that do not fit are waitlisted. */
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

	private ParticipationRequest lockedRequest(UUID id, @Nullable Long version) {
		UUID eventId = requests.findById(id)
			.orElseThrow(() -> new RecordNotFoundException("participation request", id))
			.event();
		store.lockEvent(eventId);
		ParticipationRequest request = requests.findById(id).orElseThrow();
		if (version != null) {
			requireVersion(request.version(), version, "participation request", id);
		}
		return request;
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
			publisher.publishEvent(new ParticipationApproved(request.id(), event.id(), request.partner(), request.seats()));
		}
		else {
			String why = "%d of %d seats are taken; %d asked".formatted(taken, event.seats(), request.seats());
			if (request.status() != RequestStatus.WAITLISTED) {
				request.move(RequestStatus.WAITLISTED, why, clock.instant());
				requests.save(request);
				publisher.publishEvent(new ParticipationWaitlisted(request.id(), event.id(), request.partner(), request.seats()));
			}
		}
	}

	/** With the event locked: approves the oldest waitlisted requests that fit the free seats. */
	private void promote(Event event) {
		if (event.status() == EventStatus.CANCELLED || event.status() == EventStatus.HELD) {
			return;
		}
		int free = event.seats() - store.seatsTaken(event.id());
		for (ParticipationRequest waiting : requests.findByEventAndStatus(event.id(), RequestStatus.WAITLISTED.name())) {
			if (waiting.seats() <= free) {
				waiting.move(RequestStatus.APPROVED, null, clock.instant());
				requests.save(waiting);
				free -= waiting.seats();
				publisher.publishEvent(new ParticipationApproved(waiting.id(), event.id(), waiting.partner(), waiting.seats()));
			}
		}
	}

	/**
	 * The events a partner has approved places at, as an RFC 5545 calendar. Only a signed-in
	 * reader who may see the partner's requests gets any event (the public none, another
	 * partner none), and only events of activities the reader may see.
	 */
	public String calendar(NationCode partner, Audience audience) {
		return calendar(partner, null, audience);
	}

	/**
	 * The calendar for a reader signed in, or for a calendar client that gives a token issued
	 * for this partner's feed (it then reads as the partner's own user would).
	 */
	public String calendar(NationCode partner, @Nullable String token, Audience reader) {
		// A token reads as its holder reads today: a disabled account, or one that may no longer
		// follow this partner, makes its links dead.
		Audience audience = token == null ? reader
				: store.calendarTokenHolder(hash(token), partner)
					.flatMap(accounts::audienceOf)
					.filter(holder -> mayHoldCalendarToken(partner, holder))
					.orElseThrow(() -> new RecordNotFoundException("calendar", partner));
		if (!audience.signedIn()) {
			throw new RecordNotFoundException("calendar", partner);
		}
		List<EventSummary> shown = queries.eventsOfPartner(partner, true, audience);
		return org.liaison.activity.internal.ICalendarWriter.write("Liaison: " + partner, shown, clock.instant());
	}

	/**
	 * Issues a token for the partner's calendar feed to a user (a partner's user for its own
	 * nation only, or NATO staff). The token is answered once; only its hash is kept.
	 */
	@Transactional
	public String issueCalendarToken(NationCode partner, String username, Audience actor) {
		if (!mayHoldCalendarToken(partner, actor)) {
			throw new RecordNotFoundException("calendar", partner);
		}
		partners.requirePartner(partner);
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		store.addCalendarToken(hash(token), partner, username, clock.instant());
		return token;
	}

	/** Whether the reader may hold a token for the partner's calendar feed: its own users and NATO staff. */
	public boolean mayHoldCalendarToken(NationCode partner, Audience reader) {
		return reader.kind() == Audience.Kind.PARTNER ? partner.equals(reader.nation()) : reader.isNatoStaff();
	}

	/** How many tokens the user holds for the partner's calendar feed, and since when; never the tokens. */
	public CalendarTokens calendarTokens(NationCode partner, String username) {
		return store.calendarTokens(partner, username);
	}

	/** Revokes the user's calendar tokens for the partner's feed; answers how many there were. */
	@Transactional
	public int revokeCalendarTokens(NationCode partner, String username) {
		return store.revokeCalendarTokens(partner, username);
	}

	private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

	static String hash(String token) {
		try {
			return java.util.HexFormat.of()
				.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(token.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// CSV of the menu

	/** The menu as CSV, with the documented header ({@link MenuCsv#HEADER}). */
	public String exportCsv(Audience audience) {
		return MenuCsv.write(queries.allActivities().stream().filter(a -> visible(a, audience)).toList());
	}

	private static boolean visible(ActivitySummary activity, Audience audience) {
		return switch (audience.kind()) {
			case ALLIANCE, ALLY -> true;
			case PARTNER -> activity.releasability() != Releasability.NATO;
			case PUBLIC -> activity.releasability() == Releasability.PUBLIC || audience.isProvider(activity.provider());
		};
	}

	/**
	 * Imports the menu from CSV: every row is checked first and every bad row reported with its
	 * line number; if any row is bad nothing is written. Rows equal to what is stored change
	 * nothing; the writes are batched.
	 */
	@Transactional
	public CsvImportReport importCsv(String csv) {
		MenuCsv.Parsed parsed = MenuCsv.read(csv);
		List<String> errors = new ArrayList<>(parsed.errors());
		Map<String, Integer> seen = new LinkedHashMap<>();
		Set<String> areas = Set.copyOf(queries.areas().stream().map(ReferenceItem::code).toList());
		Set<String> disciplines = Set.copyOf(queries.disciplines().stream().map(ReferenceItem::code).toList());
		Map<String, Boolean> providers = new LinkedHashMap<>();
		for (MenuCsv.Row row : parsed.rows()) {
			List<String> reasons = new ArrayList<>();
			violations(row.data()).forEach(p -> reasons.add(p.field() + " " + p.message()));
			if (!areas.contains(row.data().area())) {
				reasons.add("area '" + row.data().area() + "' is not an area of cooperation");
			}
			if (!disciplines.contains(row.data().discipline())) {
				reasons.add("discipline '" + row.data().discipline() + "' is not a discipline");
			}
			if (!providers.computeIfAbsent(row.data().provider(),
					p -> directory.organisationByRef(p, Audience.alliance()).isPresent())) {
				reasons.add("provider '" + row.data().provider() + "' is not an organisation of the directory");
			}
			Integer earlier = seen.putIfAbsent(row.data().ref(), row.line());
			if (earlier != null) {
				reasons.add("reference " + row.data().ref() + " is already on line " + earlier);
			}
			if (!reasons.isEmpty()) {
				errors.add("line " + row.line() + ": " + String.join("; ", reasons));
			}
		}
		if (!errors.isEmpty()) {
			errors.sort(java.util.Comparator.comparingInt(ActivityService::lineOf));
			return new CsvImportReport(parsed.rows().size(), 0, 0, errors);
		}
		Map<String, ActivitySummary> existing = new LinkedHashMap<>();
		queries.allActivities().forEach(a -> existing.put(a.ref(), a));
		List<ActivityData> created = new ArrayList<>();
		List<ActivityData> changed = new ArrayList<>();
		for (MenuCsv.Row row : parsed.rows()) {
			ActivitySummary before = existing.get(row.data().ref());
			if (before == null) {
				created.add(row.data());
			}
			else if (!MenuCsv.sameColumns(before.toData(), row.data())) {
				changed.add(MenuCsv.keepOthers(before.toData(), row.data()));
			}
		}
		store.batchWrite(created, changed, clock.instant());
		return new CsvImportReport(parsed.rows().size(), created.size(), changed.size(), List.of());
	}

	private static int lineOf(String error) {
		try {
			return Integer.parseInt(error.substring(5, error.indexOf(':')));
		}
		catch (RuntimeException ex) {
			return 0;
		}
	}

	/** Public, non-illustrative activities the partner took part in, for its public page. */
	public List<ActivitySummary> publicExamples(NationCode partner) {
		return queries.publicExamples(partner);
	}

	// Dossier

	/** A partner's requests with the events and activities they reference, as the audience may see them. */
	public ActivityExport exportActivities(NationCode partner, Audience audience) {
		List<RequestSummary> partnerRequests = queries.requestsOfPartner(partner, null, audience);
		List<EventSummary> eventList = queries.eventsOfPartner(partner, false, audience);
		Set<UUID> visibleEvents = Set.copyOf(eventList.stream().map(EventSummary::id).toList());
		List<ActivitySummary> activityList = queries.activitiesOfPartner(partner, audience);
		return new ActivityExport(activityList, eventList,
				partnerRequests.stream().filter(r -> visibleEvents.contains(r.eventId())).toList());
	}

	/** Creates or updates an activity by its reference; answers whether anything changed. */
	@Transactional
	public boolean importActivity(ActivityData data, Instant updatedAt) {
		fail(check(data));
		var existing = activities.findByRef(data.ref());
		if (existing.isPresent()) {
			if (existing.get().toData().equals(data)) {
				return false;
			}
			existing.get().revise(data, updatedAt);
			activities.save(existing.get());
			republishMilestones(existing.get());
			return true;
		}
		activities.save(Activity.create(data, updatedAt));
		return true;
	}

	/** Creates or updates an event by activity reference, start date and place; answers whether anything changed. */
	@Transactional
	public boolean importEvent(String activityRef, EventData data, EventStatus status, @Nullable String cancelReason,
			Instant updatedAt) {
		fail(violations(data));
		Activity activity = activities.findByRef(activityRef)
			.orElseThrow(() -> new RecordNotFoundException("activity", activityRef));
		var existing = store.findEvent(activity.id(), data.start(), data.city(), data.nation());
		if (existing.isPresent()) {
			EventSummary before = event(existing.get(), Audience.alliance());
			if (before.toData().equals(data) && before.status() == status
					&& Objects.equals(before.cancelReason(), cancelReason)) {
				return false;
			}
			store.restoreEvent(existing.get(), data, status, cancelReason, updatedAt);
			Event event = events.findById(existing.get()).orElseThrow();
			publishMilestones(event, activity);
			return true;
		}
		Event event = events.save(Event.create(activity.id(), data, status, updatedAt));
		if (status == EventStatus.CANCELLED) {
			store.restoreEvent(event.id(), data, status, cancelReason, updatedAt);
		}
		publishMilestones(events.findById(event.id()).orElseThrow(), activity);
		return true;
	}

	/** Creates or updates a partner's request by partner and event key; answers whether anything changed. */
	@Transactional
	public boolean importRequest(NationCode partner, String activityRef, LocalDate start, String city,
			NationCode nation, RequestData data, RequestStatus status, @Nullable String reason,
			@Nullable Integer rating, @Nullable String feedback, Instant requestedAt, Instant updatedAt) {
		fail(violations(data));
		partners.requirePartner(partner);
		Activity activity = activities.findByRef(activityRef)
			.orElseThrow(() -> new RecordNotFoundException("activity", activityRef));
		UUID eventId = store.findEvent(activity.id(), start, city, nation)
			.orElseThrow(() -> new RecordNotFoundException("event", activityRef + " " + start + " " + city));
		var existing = requests.findByPartnerAndEvent(partner, eventId);
		if (existing.isPresent()) {
			RequestSummary before = request(existing.get().id(), Audience.alliance());
			if (before.toData().equals(data) && before.status() == status && Objects.equals(before.reason(), reason)
					&& Objects.equals(before.rating(), rating) && Objects.equals(before.feedback(), feedback)) {
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

	// Helpers

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

	/** Whether the reader keeps the activities of this provider: NATO staff every one, a provider its own. */
	public static boolean keeps(Audience reader, @Nullable String provider) {
		return reader.isNatoStaff() || reader.isProvider(provider);
	}

	/** Refuses, with the reason, a reader who does not keep the activities of this provider. */
	public static void requireKeeper(Audience actor, @Nullable String provider) {
		if (keeps(actor, provider)) {
			return;
		}
		throw new RuleViolationException(actor.provider() == null
				? "Only NATO staff and the provider (%s) keep this activity and its events".formatted(provider)
				: "You keep the activities of %s only: you do not keep this activity, which %s provides"
					.formatted(actor.provider(), provider));
	}

	private List<Problem> violations(Object data) {
		List<Problem> problems = new ArrayList<>();
		for (ConstraintViolation<Object> violation : validator.validate(data)) {
			problems.add(new Problem(violation.getPropertyPath().toString(), violation.getMessage()));
		}
		if (data instanceof RecordData record) {
			try {
				problems.addAll(record.problems());
			}
			catch (NullPointerException ex) {
				// a missing field is already reported
			}
		}
		return problems;
	}

	private void validate(Object data) {
		fail(violations(data));
	}

	private static void fail(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static void requireVersion(long actual, long expected, String kind, Object key) {
		if (actual != expected) {
			throw new StaleRecordException(kind, key);
		}
	}

}
