package org.liaison.transit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.liaison.transit.CargoLine;
import org.liaison.transit.TransitAction;
import org.liaison.transit.TransitRequestData;
import org.liaison.transit.TransitStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An Ally's request to move through a partner's territory under a transit agreement. It guards
 * its rules: its data must be whole (exit not before entry, dangerous goods with their UN number,
 * a reachable point of contact), it must be made in time for the agreement's notice period unless
 * NATO staff accept it as urgent, and its status moves only along
 * {@code SUBMITTED → UNDER_REVIEW → APPROVED / REJECTED / WITHDRAWN → COMPLETED}.
 */
@Table("transit_request")
public class TransitRequest {

	@Id
	private final UUID id;

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
	private List<Cargo> cargo;

	private String entryPoint;

	private String exitPoint;

	private String route;

	private LocalDate entryDate;

	private LocalDate exitDate;

	private String contactName;

	private @Nullable String contactPhone;

	private @Nullable String contactEmail;

	private TransitStatus status;

	private @Nullable String decisionReason;

	private boolean urgent;

	private @Nullable String urgencyReason;

	private LocalDate submittedOn;

	private boolean illustrative;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	TransitRequest(UUID id, UUID agreement, NationCode hostPartner, String reference, NationCode requestingNation,
			String requestingUnit, String purpose, int personnel, int vehicles, @Nullable String vehicleDescription,
			List<Cargo> cargo, String entryPoint, String exitPoint, String route, LocalDate entryDate,
			LocalDate exitDate, String contactName, @Nullable String contactPhone, @Nullable String contactEmail,
			TransitStatus status, @Nullable String decisionReason, boolean urgent, @Nullable String urgencyReason,
			LocalDate submittedOn, boolean illustrative, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.agreement = agreement;
		this.hostPartner = hostPartner;
		this.reference = reference;
		this.requestingNation = requestingNation;
		this.requestingUnit = requestingUnit;
		this.purpose = purpose;
		this.personnel = personnel;
		this.vehicles = vehicles;
		this.vehicleDescription = vehicleDescription;
		this.cargo = new ArrayList<>(cargo);
		this.entryPoint = entryPoint;
		this.exitPoint = exitPoint;
		this.route = route;
		this.entryDate = entryDate;
		this.exitDate = exitDate;
		this.contactName = contactName;
		this.contactPhone = contactPhone;
		this.contactEmail = contactEmail;
		this.status = status;
		this.decisionReason = decisionReason;
		this.urgent = urgent;
		this.urgencyReason = urgencyReason;
		this.submittedOn = submittedOn;
		this.illustrative = illustrative;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/**
	 * A request made today under an agreement with the given notice period. Refused when its data
	 * has problems, when its entry has passed, or when it is late and not urgent.
	 *
	 * @param requestingNation the Ally that requests (already checked to be one)
	 */
	public static TransitRequest submit(UUID agreement, NationCode hostPartner, String reference,
			NationCode requestingNation, TransitRequestData data, int noticeDays, LocalDate today, Instant at) {
		List<Problem> problems = new ArrayList<>(data.problems());
		if (data.entryDate() != null && data.entryDate().isBefore(today)) {
			problems.add(new Problem("entryDate", "The entry date (" + data.entryDate()
					+ ") has passed; a request is made before the movement"));
		}
		check(problems);
		NoticeRule.check(data.entryDate(), noticeDays, today, data.urgent());
		TransitRequest request = blank(agreement, hostPartner, reference, requestingNation, data,
				TransitStatus.SUBMITTED, today, at);
		request.urgent = data.urgent();
		request.urgencyReason = data.urgent() ? Texts.clean(data.urgencyReason()) : null;
		return request;
	}

	/**
	 * A request as a dossier records it, status and decision included: an import records history
	 * that already happened, so neither the notice rule nor the lifecycle is replayed.
	 */
	public static TransitRequest restore(UUID agreement, NationCode hostPartner, String reference,
			NationCode requestingNation, TransitRequestData data, TransitStatus status, Instant at) {
		check(data.problems());
		LocalDate submitted = data.submittedOn() != null ? data.submittedOn() : at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
		TransitRequest request = blank(agreement, hostPartner, reference, requestingNation, data, status, submitted,
				at);
		request.restate(requestingNation, data, status, at);
		return request;
	}

	private static TransitRequest blank(UUID agreement, NationCode hostPartner, String reference,
			NationCode requestingNation, TransitRequestData data, TransitStatus status, LocalDate submittedOn,
			Instant at) {
		TransitRequest request = new TransitRequest(UUID.randomUUID(), agreement, hostPartner, reference,
				requestingNation, "", "", 0, 0, null, List.of(), "", "", "", data.entryDate(), data.exitDate(), "",
				null, null, status, null, false, null, submittedOn, data.illustrative(), at, null);
		request.apply(requestingNation, data, at);
		return request;
	}

	/** Makes the record what a dossier says it is. */
	public void restate(NationCode requestingNation, TransitRequestData data, TransitStatus status, Instant at) {
		check(data.problems());
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
		this.cargo = cargo(data);
		this.entryPoint = data.entryPoint().strip();
		this.exitPoint = data.exitPoint().strip();
		this.route = data.route().strip();
		this.entryDate = data.entryDate();
		this.exitDate = data.exitDate();
		this.contactName = data.contactName().strip();
		this.contactPhone = Texts.clean(data.contactPhone());
		this.contactEmail = Texts.clean(data.contactEmail());
		this.illustrative = data.illustrative();
		this.updatedAt = at;
	}

	/** Whether the record already holds what a dossier says, so that a second import writes nothing. */
	public boolean sameAs(UUID agreement, NationCode requestingNation, TransitRequestData data, TransitStatus status) {
		return this.agreement.equals(agreement) && this.requestingNation.equals(requestingNation)
				&& requestingUnit.equals(data.requestingUnit().strip()) && purpose.equals(data.purpose().strip())
				&& personnel == data.personnel() && vehicles == data.vehicleCount()
				&& Objects.equals(vehicleDescription, Texts.clean(data.vehicleDescription()))
				&& cargo.equals(cargo(data)) && entryPoint.equals(data.entryPoint().strip())
				&& exitPoint.equals(data.exitPoint().strip()) && route.equals(data.route().strip())
				&& entryDate.equals(data.entryDate()) && exitDate.equals(data.exitDate())
				&& contactName.equals(data.contactName().strip())
				&& Objects.equals(contactPhone, Texts.clean(data.contactPhone()))
				&& Objects.equals(contactEmail, Texts.clean(data.contactEmail())) && this.status == status
				&& Objects.equals(decisionReason, Texts.clean(data.decisionReason())) && urgent == data.urgent()
				&& Objects.equals(urgencyReason, data.urgent() ? Texts.clean(data.urgencyReason()) : null)
				&& (data.submittedOn() == null || submittedOn.equals(data.submittedOn()))
				&& illustrative == data.illustrative();
	}

	// The lifecycle

	public void review(Instant at) {
		move(TransitAction.REVIEW, at);
		this.status = TransitStatus.UNDER_REVIEW;
	}

	public void approve(@Nullable String reason, Instant at) {
		move(TransitAction.APPROVE, at);
		this.status = TransitStatus.APPROVED;
		this.decisionReason = reason(reason);
	}

	public void reject(@Nullable String reason, Instant at) {
		move(TransitAction.REJECT, at);
		if (Texts.clean(reason) == null) {
			throw InvalidInputException.of("reason", "Give the reason for rejecting the request");
		}
		this.status = TransitStatus.REJECTED;
		this.decisionReason = reason(reason);
	}

	public void withdraw(Instant at) {
		move(TransitAction.WITHDRAW, at);
		this.status = TransitStatus.WITHDRAWN;
	}

	/** The movement happened: only an approved one, and not before its exit date. */
	public void complete(LocalDate today, Instant at) {
		move(TransitAction.COMPLETE, at);
		if (today.isBefore(exitDate)) {
			throw new RuleViolationException("The movement " + reference + " exits on " + exitDate
					+ "; it can be completed on or after that date, not on " + today);
		}
		this.status = TransitStatus.COMPLETED;
	}

	/** NATO staff accept the request as urgent, whatever its notice. */
	public void markUrgent(@Nullable String reason, Instant at) {
		move(TransitAction.URGENT, at);
		if (Texts.clean(reason) == null) {
			throw InvalidInputException.of("reason", "Give the reason for the urgency");
		}
		this.urgent = true;
		this.urgencyReason = reason(reason);
	}

	private void move(TransitAction action, Instant at) {
		if (!action.allowedFrom(status)) {
			throw new RuleViolationException("A transit request that is " + status + " cannot be "
					+ pastTense(action) + "; " + hint(action));
		}
		this.updatedAt = at;
	}

	private static String pastTense(TransitAction action) {
		return switch (action) {
			case REVIEW -> "taken under review";
			case APPROVE -> "approved";
			case REJECT -> "rejected";
			case WITHDRAW -> "withdrawn";
			case COMPLETE -> "completed";
			case URGENT -> "marked urgent";
		};
	}

	private String hint(TransitAction action) {
		if (status.closed()) {
			return "it is closed";
		}
		return switch (action) {
			case REVIEW -> "it has been taken under review already";
			case APPROVE, REJECT -> status == TransitStatus.SUBMITTED ? "take it under review first"
					: "it has been decided already";
			case COMPLETE -> "only an approved request is completed";
			case WITHDRAW, URGENT -> "it is closed";
		};
	}

	private static List<Cargo> cargo(TransitRequestData data) {
		return data.cargo().stream().map(Cargo::of).toList();
	}

	private static void check(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	public UUID id() {
		return id;
	}

	public UUID agreement() {
		return agreement;
	}

	public NationCode hostPartner() {
		return hostPartner;
	}

	public String reference() {
		return reference;
	}

	public NationCode requestingNation() {
		return requestingNation;
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

	public LocalDate entryDate() {
		return entryDate;
	}

	public LocalDate exitDate() {
		return exitDate;
	}

	public LocalDate submittedOn() {
		return submittedOn;
	}

	public List<CargoLine> cargo() {
		return cargo.stream().map(Cargo::toLine).toList();
	}

	public long version() {
		return version == null ? 0 : version;
	}

	/** A reason as kept: trimmed, and no longer than its column. */
	private static @Nullable String reason(@Nullable String reason) {
		String clean = Texts.clean(reason);
		if (clean != null && clean.length() > 2000) {
			throw InvalidInputException.of("reason", "A reason has at most 2,000 characters");
		}
		return clean;
	}

}
