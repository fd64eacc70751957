package org.liaison.transit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordData;
import org.liaison.shared.Refs;

/**
 * What an Ally (or NATO staff on its behalf) gives to request a movement, and what a
 * dossier carries for one.
 *
 * @param agreementId the transit agreement the request is made under (submissions name it
 * so)
 * @param agreementRef the same agreement by its ref within the host partner (dossiers
 * name it so)
 * @param reference the request's natural key, such as {@code TR-SRB-2015-0001}; made on
 * submission, carried by a dossier
 * @param requestingNation the Ally that requests; an Ally's own submission may leave it
 * out
 * @param vehicles how many vehicles; none when left out
 * @param urgent whether NATO staff accept the request although it is late, with the
 * urgency reason
 * @param submittedOn the day the request was made: set on submission, carried by a
 * dossier
 * @param decisionReason why it was approved or rejected: set by the decision, carried by
 * a dossier
 * @param illustrative whether it is sample data rather than a real movement
 */
public record TransitRequestData(@Nullable UUID agreementId,
		@Pattern(regexp = "|" + Refs.PATTERN,
				message = "uses lower-case letters, digits and dashes") @Nullable String agreementRef,
		@Pattern(regexp = "|" + TransitRequestData.REFERENCE_PATTERN,
				message = "is written as TR-SRB-2015-0001") @Nullable String reference,
		@Nullable NationCode requestingNation, @NotBlank @Size(max = 200) String requestingUnit,
		@NotBlank @Size(max = 500) String purpose, @NotNull @Min(0) @Max(100000) Integer personnel,
		@Min(0) @Max(10000) @Nullable Integer vehicles, @Size(max = 1000) @Nullable String vehicleDescription,
		@Valid @Size(max = 100) @Nullable List<CargoLine> cargo, @NotBlank @Size(max = 200) String entryPoint,
		@NotBlank @Size(max = 200) String exitPoint, @NotBlank @Size(max = 2000) String route,
		@NotNull LocalDate entryDate, @NotNull LocalDate exitDate, @NotBlank @Size(max = 200) String contactName,
		@Size(max = 50) @Nullable String contactPhone, @Email @Size(max = 200) @Nullable String contactEmail,
		@Nullable Boolean urgent, @Size(max = 2000) @Nullable String urgencyReason, @Nullable LocalDate submittedOn,
		@Size(max = 2000) @Nullable String decisionReason, @Nullable Boolean illustrative) implements RecordData {

	public static final String REFERENCE_PATTERN = "TR-[A-Z]{3}-\\d{4}-\\d{4}";

	public TransitRequestData {
		cargo = cargo == null ? List.of() : List.copyOf(cargo);
		vehicles = vehicles == null ? 0 : vehicles;
		urgent = Boolean.TRUE.equals(urgent);
		illustrative = Boolean.TRUE.equals(illustrative);
	}

	/** The vehicle count, never absent. */
	public int vehicleCount() {
		return vehicles == null ? 0 : vehicles;
	}

	/**
	 * Problems that no single field shows: an exit before the entry, a point of contact
	 * who cannot be reached, dangerous goods without their UN number, urgency without its
	 * reason.
	 */
	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		// References carry the entry year in four digits.
		if (entryDate != null && entryDate.getYear() > 9999) {
			problems.add(new Problem("entryDate", "The entry date must be before the year 10000"));
		}
		if (exitDate != null && exitDate.getYear() > 9999) {
			problems.add(new Problem("exitDate", "The exit date must be before the year 10000"));
		}
		if (entryDate != null && exitDate != null && exitDate.isBefore(entryDate)) {
			problems.add(new Problem("exitDate",
					"The exit date (" + exitDate + ") cannot be before the entry date (" + entryDate + ")"));
		}
		if (blank(contactPhone) && blank(contactEmail)) {
			problems
				.add(new Problem("contactPhone", "Give a phone number or an e-mail address for the point of contact"));
		}
		for (int i = 0; i < cargo.size(); i++) {
			CargoLine line = cargo.get(i);
			if (line == null) {
				continue;
			}
			if (line.quantity() == null) {
				problems.add(new Problem("cargo[" + i + "].quantity", "Cargo line " + (i + 1) + " needs its quantity"));
			}
			if (line.dangerous() && blank(line.unNumber())) {
				problems.add(new Problem("cargo[" + i + "].unNumber", "Cargo line " + (i + 1) + " ("
						+ line.description() + ") is dangerous goods and needs its UN number, as in UN1203"));
			}
			else if (!line.dangerous() && !blank(line.unNumber())) {
				problems.add(new Problem("cargo[" + i + "].dangerous", "Cargo line " + (i + 1) + " ("
						+ line.description() + ") has a UN number, so it is dangerous goods: flag it as such"));
			}
		}
		if (Boolean.TRUE.equals(urgent) && blank(urgencyReason)) {
			problems.add(new Problem("urgencyReason", "An urgent request needs the reason for its urgency"));
		}
		return problems;
	}

	/** Whether any cargo line is dangerous goods. */
	public boolean dangerousGoods() {
		return cargo.stream().anyMatch(CargoLine::dangerous);
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

}
