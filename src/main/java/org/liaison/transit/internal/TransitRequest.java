package org.liaison.transit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.liaison.shared.VersionedAggregate;
import org.liaison.transit.TransitAction;
import org.liaison.transit.TransitApproved;
import org.liaison.transit.TransitRejected;
import org.liaison.transit.TransitRequestData;
import org.liaison.transit.TransitRequested;
import org.liaison.transit.TransitStatus;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An Ally's request to move through a partner's territory under a transit agreement. It
 * guards its rules: its data must be whole (exit not before entry, dangerous goods with
 * their UN number, a reachable point of contact), it must be made in time for the
 * agreement's notice period unless NATO staff accept it as urgent, and its status moves
 * only along
 * {@code SUBMITTED → UNDER_REVIEW → APPROVED / REJECTED / WITHDRAWN → COMPLETED}.
 */
@Table("transit_request")
public class TransitRequest extends VersionedAggregate<TransitRequest> {

	private final UUID agreement;

	private final NationCode hostPartner;

	private final String reference;

	private NationCode requestingNation;

	private String requestingUnit;

	private String purpose;

	private int personnel;

	private int vehicles;

	private @Nullable String vehicleDescription;

	@MappedCollection(idColumn = "transit_request", keyColumn = "position")
	private List<Cargo> cargo = List.of();

	@Embedded.Empty
	private Route route;

	@Embedded.Empty(prefix = "contact_")
	private Contact contact;

	private TransitStatus status;

	private @Nullable String decisionReason;

	private boolean urgent;

	private @Nullable String urgencyReason;

	private LocalDate submittedOn;

	private boolean illustrative;

	private Instant updatedAt;

	/** The record's identity; Spring Data fills the rest in from its columns. */
	TransitRequest(UUID id, UUID agreement, NationCode hostPartner, String reference) {
		super(id);
		this.agreement = agreement;
		this.hostPartner = hostPartner;
		this.reference = reference;
	}

	/**
	 * A request made today under an agreement with the given notice period. Refused when
	 * its data has problems, when its entry has passed, or when it is late and not
	 * urgent.
	 * @param requestingNation the Ally that requests (already checked to be one)
	 */
	public static TransitRequest submit(UUID agreement, NationCode hostPartner, String reference,
			NationCode requestingNation, TransitRequestData data, int noticeDays, LocalDate today, Instant at) {
		List<Problem> problems = new ArrayList<>(data.problems());
		if (data.entryDate() != null && data.entryDate().isBefore(today)) {
			problems.add(new Problem("entryDate",
					"The entry date (" + data.entryDate() + ") has passed; a request is made before the movement"));
		}
		InvalidInputException.throwIfAny(problems);
		NoticeRule.check(data.entryDate(), noticeDays, today, data.urgent());
		TransitRequest request = blank(agreement, hostPartner, reference, requestingNation, data,
				TransitStatus.SUBMITTED, today, at);
		request.urgent = data.urgent();
		request.urgencyReason = data.urgent() ? Texts.clean(data.urgencyReason()) : null;
		request.registerEvent(submitted -> new TransitRequested(submitted.id(), submitted.reference,
				submitted.hostPartner, submitted.requestingNation, submitted.route.entryDate(), submitted.urgent));
		return request;
	}

	/**
	 * A request as a dossier records it, status and decision included: an import records
	 * history that already happened, so neither the notice rule nor the lifecycle is
	 * replayed.
	 */
	public static TransitRequest restore(UUID agreement, NationCode hostPartner, String reference,
			NationCode requestingNation, TransitRequestData data, TransitStatus status, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		LocalDate submitted = data.submittedOn() != null ? data.submittedOn() : at.atZone(ZoneOffset.UTC).toLocalDate();
		TransitRequest request = blank(agreement, hostPartner, reference, requestingNation, data, status, submitted,
				at);
		request.restate(requestingNation, data, status, at);
		return request;
	}

	private static TransitRequest blank(UUID agreement, NationCode hostPartner, String reference,
			NationCode requestingNation, TransitRequestData data, TransitStatus status, LocalDate submittedOn,
			Instant at) {
		TransitRequest request = new TransitRequest(UUID.randomUUID(), agreement, hostPartner, reference);
		request.status = status;
		request.submittedOn = submittedOn;
		request.apply(requestingNation, data, at);
		return request;
	}

	/** Makes the record what a dossier says it is. */
	public void restate(NationCode requestingNation, TransitRequestData data, TransitStatus status, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		apply(requestingNation, data, at);
		this.status = status;
		this.decisionReason = Texts.clean(data.decisionReason());
		this.urgent = data.urgent();
		this.urgencyReason = data.urgent() ? Texts.clean(data.urgencyReason()) : null;
		if (data.submittedOn() != null) {
			this.submittedOn = data.submittedOn();
		}
	}

	private void apply(NationCode requestingNation, TransitRequestData data, Instant at) {
		this.requestingNation = requestingNation;
		this.requestingUnit = data.requestingUnit().strip();
		this.purpose = data.purpose().strip();
		this.personnel = data.personnel();
		this.vehicles = data.vehicleCount();
		this.vehicleDescription = Texts.clean(data.vehicleDescription());
		this.cargo = data.cargo().stream().map(Cargo::of).toList();
		this.route = Route.of(data);
		this.contact = Contact.of(data);
		this.illustrative = data.illustrative();
		this.updatedAt = at;
	}

	/**
	 * Whether the record already holds what a dossier says, once the dossier's data is
	 * written as the record would write it; a dossier that leaves the day of the request
	 * out keeps the recorded one. An import that finds so writes nothing.
	 */
	public boolean holds(UUID agreement, TransitRequestData data, TransitStatus status) {
		TransitRequest restored = restore(agreement, hostPartner, reference, data.requestingNation(), data, status,
				updatedAt);
		if (data.submittedOn() == null) {
			restored.submittedOn = submittedOn;
		}
		return this.status == status && toData().equals(restored.toData());
	}

	/** The record as data, as {@link #restore} writes it (the status aside). */
	public TransitRequestData toData() {
		return new TransitRequestData(agreement, null, reference, requestingNation, requestingUnit, purpose, personnel,
				vehicles, vehicleDescription, cargo.stream().map(Cargo::toLine).toList(), route.entryPoint(),
				route.exitPoint(), route.via(), route.entryDate(), route.exitDate(), contact.name(), contact.phone(),
				contact.email(), urgent, urgencyReason, submittedOn, decisionReason, illustrative);
	}

	// The lifecycle: an action checks that the status allows it before it looks at its
	// reason or
	// date, so that an illegal action is refused as such.

	/**
	 * Takes an action of the lifecycle and registers its event, if it has one.
	 * @param reason the decision's or the urgency's reason (a rejection and an urgency
	 * need one)
	 * @param today the day it is taken (a movement is completed on or after its exit)
	 */
	public void move(TransitAction action, @Nullable String reason, LocalDate today, Instant at) {
		if (!action.allowedFrom(status)) {
			throw new RuleViolationException("A transit request that is " + status + " cannot be " + action.pastTense()
					+ "; " + action.hint(status));
		}
		if (action.needsReason() && Texts.clean(reason) == null) {
			throw InvalidInputException.of("reason", action == TransitAction.REJECT
					? "Give the reason for rejecting the request" : "Give the reason for the urgency");
		}
		this.updatedAt = at;
		switch (action) {
			case REVIEW -> this.status = TransitStatus.UNDER_REVIEW;
			case APPROVE -> {
				this.status = TransitStatus.APPROVED;
				this.decisionReason = reason(reason);
				registerEvent(approved -> new TransitApproved(approved.id(), approved.reference, approved.hostPartner,
						approved.requestingNation));
			}
			case REJECT -> {
				this.status = TransitStatus.REJECTED;
				this.decisionReason = reason(reason);
				registerEvent(rejected -> new TransitRejected(rejected.id(), rejected.reference, rejected.hostPartner,
						rejected.requestingNation, rejected.decisionReason == null ? "" : rejected.decisionReason));
			}
			case WITHDRAW -> this.status = TransitStatus.WITHDRAWN;
			case COMPLETE -> {
				// The movement happened: not before its exit date.
				if (today.isBefore(route.exitDate())) {
					throw new RuleViolationException("The movement " + reference + " exits on " + route.exitDate()
							+ "; it can be completed on or after that date, not on " + today);
				}
				this.status = TransitStatus.COMPLETED;
			}
			case URGENT -> {
				// NATO staff accept the request as urgent, whatever its notice.
				this.urgent = true;
				this.urgencyReason = reason(reason);
			}
		}
	}

	/** A reason as kept: trimmed, and no longer than its column. */
	private static @Nullable String reason(@Nullable String reason) {
		String clean = Texts.clean(reason);
		if (clean != null && clean.length() > 2000) {
			throw InvalidInputException.of("reason", "A reason has at most 2,000 characters");
		}
		return clean;
	}

	public NationCode hostPartner() {
		return hostPartner;
	}

	public String reference() {
		return reference;
	}

	public TransitStatus status() {
		return status;
	}

	public @Nullable String decisionReason() {
		return decisionReason;
	}

	public boolean urgent() {
		return urgent;
	}

	public @Nullable String urgencyReason() {
		return urgencyReason;
	}

	public LocalDate submittedOn() {
		return submittedOn;
	}

}
