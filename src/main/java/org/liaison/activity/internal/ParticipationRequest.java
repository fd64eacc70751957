package org.liaison.activity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.NomineeData;
import org.liaison.activity.ParticipationApproved;
import org.liaison.activity.ParticipationDeclined;
import org.liaison.activity.ParticipationRequested;
import org.liaison.activity.ParticipationWaitlisted;
import org.liaison.activity.RequestData;
import org.liaison.activity.RequestStatus;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartOf;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A partner's request for places at an event. Its status moves only along its lifecycle.
 */
@Table("activity_request")
public class ParticipationRequest extends PartnerRecord<ParticipationRequest> {

	@PartOf
	private final UUID event;

	private int seats;

	private int priority;

	private @Nullable String planGoal;

	private RequestStatus status;

	private @Nullable String reason;

	private @Nullable Integer rating;

	private @Nullable String feedback;

	@MappedCollection(idColumn = "request", keyColumn = "position")
	private List<Nominee> nominees;

	private Instant requestedAt;

	private boolean illustrative;

	private Instant updatedAt;

	ParticipationRequest(UUID id, NationCode partner, UUID event) {
		super(id, partner);
		this.event = event;
	}

	public static ParticipationRequest create(NationCode partner, UUID event, RequestData data, Instant at) {
		ParticipationRequest request = imported(partner, event, data, RequestStatus.REQUESTED, null, null, null, at,
				at);
		request.registerEvent(ParticipationRequest::requested);
		return request;
	}

	private ParticipationRequested requested() {
		return new ParticipationRequested(id(), event, partner(), seats);
	}

	/** A request as a dossier records it, with its status as it was. */
	public static ParticipationRequest imported(NationCode partner, UUID event, RequestData data, RequestStatus status,
			@Nullable String reason, @Nullable Integer rating, @Nullable String feedback, Instant requestedAt,
			Instant at) {
		ParticipationRequest request = new ParticipationRequest(UUID.randomUUID(), partner, event);
		request.seats = data.seats();
		request.priority = data.priority();
		request.planGoal = Texts.clean(data.planGoal());
		request.status = status;
		request.reason = Texts.clean(reason);
		request.rating = rating;
		request.feedback = Texts.clean(feedback);
		request.nominees = new ArrayList<>(nominees(data.nominees()));
		request.requestedAt = requestedAt;
		request.illustrative = data.illustrative();
		request.updatedAt = at;
		return request;
	}

	/**
	 * What a request holds that a dossier restores, as it is stored: neither its keys nor
	 * its times.
	 */
	record Held(int seats, int priority, @Nullable String planGoal, List<Nominee> nominees, boolean illustrative,
			RequestStatus status, @Nullable String reason, @Nullable Integer rating, @Nullable String feedback) {
	}

	/** What a request holds once a dossier with this data restores it. */
	static Held held(RequestData data, RequestStatus status, @Nullable String reason, @Nullable Integer rating,
			@Nullable String feedback) {
		return new Held(data.seats(), data.priority(), Texts.clean(data.planGoal()),
				List.copyOf(nominees(data.nominees())), data.illustrative(), status, Texts.clean(reason), rating,
				Texts.clean(feedback));
	}

	private static List<Nominee> nominees(List<NomineeData> nominees) {
		return new ArrayList<>(nominees.stream()
			.map(n -> new Nominee(n.name().strip(), Texts.clean(n.rankOrFunction()), Texts.clean(n.organisation())))
			.toList());
	}

	/**
	 * A partner that withdrew asks again: the same request (one per partner and event)
	 * starts over as requested, behind everyone who asked meanwhile.
	 */
	public void renew(RequestData data, Instant at) {
		if (status != RequestStatus.WITHDRAWN) {
			throw new RuleViolationException("%s has already asked for places at this event and the request is %s"
				.formatted(partner(), status.name().toLowerCase()));
		}
		this.seats = data.seats();
		this.priority = data.priority();
		this.planGoal = Texts.clean(data.planGoal());
		this.nominees = nominees(data.nominees());
		this.status = RequestStatus.REQUESTED;
		this.reason = null;
		this.rating = null;
		this.feedback = null;
		this.requestedAt = at;
		this.updatedAt = at;
		registerEvent(ParticipationRequest::requested);
	}

	/**
	 * Moves the request, if its lifecycle allows it, and tells the decision: approved,
	 * waitlisted or declined (with the reason as given).
	 */
	public void move(RequestStatus to, @Nullable String reason, Instant at) {
		if (!status.next().contains(to)) {
			throw new RuleViolationException("A request that is %s cannot become %s"
				.formatted(status.name().toLowerCase(), to.name().toLowerCase()));
		}
		this.status = to;
		if (reason != null || to == RequestStatus.APPROVED) {
			this.reason = Texts.clean(reason);
		}
		this.updatedAt = at;
		switch (to) {
			case APPROVED -> registerEvent(r -> new ParticipationApproved(r.id(), r.event, r.partner(), r.seats));
			case WAITLISTED -> registerEvent(r -> new ParticipationWaitlisted(r.id(), r.event, r.partner(), r.seats));
			case DECLINED -> registerEvent(r -> new ParticipationDeclined(r.id(), r.event, r.partner(), reason));
			default -> {
			}
		}
	}

	public void nominate(List<NomineeData> nominees, Instant at) {
		if (!status.isOpen()) {
			throw new RuleViolationException(
					"Nominees can no longer be changed: the request is " + status.name().toLowerCase());
		}
		if (nominees.size() > seats) {
			throw InvalidInputException.of("nominees", "Nominate at most %d people, one per seat".formatted(seats));
		}
		this.nominees = nominees(nominees);
		this.updatedAt = at;
	}

	public void feedback(int rating, @Nullable String comment, Instant at) {
		if (status != RequestStatus.ATTENDED) {
			throw new RuleViolationException(
					"Feedback is given after attending the event; this request is " + status.name().toLowerCase());
		}
		if (rating < 1 || rating > 5) {
			throw InvalidInputException.of("rating", "is from 1 to 5");
		}
		this.rating = rating;
		this.feedback = Texts.clean(comment);
		this.updatedAt = at;
	}

	public UUID event() {
		return event;
	}

	public int seats() {
		return seats;
	}

	public Instant requestedAt() {
		return requestedAt;
	}

	public RequestStatus status() {
		return status;
	}

	/** A person nominated for the request's places. */
	@org.springframework.data.relational.core.mapping.Table("activity_nominee")
	record Nominee(String name, @Nullable String rankOrFunction, @Nullable String organisation) {
	}

}
