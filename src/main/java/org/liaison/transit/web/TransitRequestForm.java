package org.liaison.transit.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.transit.CargoLine;
import org.liaison.transit.TransitRequestData;
import org.liaison.web.FormSubmission;
import org.liaison.web.TextLine;

/**
 * The transit request form as a browser submits it: every value as typed, so that each
 * one that cannot be read gets its own message beside its field. Cargo is typed one line
 * per item, as "description | quantity" or, for dangerous goods, "description | quantity
 * | UN1203".
 */
public record TransitRequestForm(@Nullable String agreementId, @Nullable String requestingNation,
		@Nullable String requestingUnit, @Nullable String purpose, @Nullable String personnel,
		@Nullable String vehicles, @Nullable String vehicleDescription, @Nullable String cargo,
		@Nullable String entryPoint, @Nullable String exitPoint, @Nullable String route, @Nullable String entryDate,
		@Nullable String exitDate, @Nullable String contactName, @Nullable String contactPhone,
		@Nullable String contactEmail, @Nullable Boolean urgent, @Nullable String urgencyReason) {

	static final String SEPARATOR = "|";

	static TransitRequestForm blank(@Nullable NationCode nation) {
		return new TransitRequestForm("", nation == null ? "" : nation.value(), "", "", "0", "0", "", "", "", "", "",
				"", "", "", "", "", false, "");
	}

	/**
	 * The data this form stands for; a value that cannot be read adds a problem for its
	 * field.
	 */
	TransitRequestData toData(List<Problem> problems) {
		return new TransitRequestData(uuid(problems), null, null, nation(problems), text(requestingUnit), text(purpose),
				number("personnel", personnel, problems, 0), number("vehicles", vehicles, problems, 0),
				vehicleDescription, cargo(problems), text(entryPoint), text(exitPoint), text(route),
				date("entryDate", entryDate, problems), date("exitDate", exitDate, problems), text(contactName),
				contactPhone, contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip(),
				Boolean.TRUE.equals(urgent), urgencyReason, null, null, false);
	}

	private @Nullable UUID uuid(List<Problem> problems) {
		return FormSubmission.read("agreementId", agreementId, UUID::fromString,
				typed -> "Choose one of the transit agreements in the list", problems);
	}

	private @Nullable NationCode nation(List<Problem> problems) {
		if (requestingNation == null || requestingNation.isBlank()) {
			return null;
		}
		if (!NationCode.isValid(requestingNation)) {
			problems.add(new Problem("requestingNation", "'" + requestingNation.strip()
					+ "' is not a nation code; write the Ally's three letters, as in DEU"));
			return null;
		}
		return NationCode.of(requestingNation);
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value;
	}

	private static @Nullable Integer number(String field, @Nullable String value, List<Problem> problems,
			@Nullable Integer empty) {
		Integer number = FormSubmission.read(field, value, Integer::valueOf,
				typed -> "'" + typed + "' is not a whole number", problems);
		return number == null ? empty : number;
	}

	private static @Nullable LocalDate date(String field, @Nullable String value, List<Problem> problems) {
		return FormSubmission.read(field, value, LocalDate::parse,
				typed -> "'" + typed + "' is not a date; write it as 2015-03-10", problems);
	}

	private List<CargoLine> cargo(List<Problem> problems) {
		List<CargoLine> result = new ArrayList<>();
		for (TextLine line : TextLine.of(cargo)) {
			String[] parts = line.text().split("\\" + SEPARATOR, -1);
			String description = parts[0].strip();
			if (parts.length < 2 || parts.length > 3 || description.isEmpty()) {
				problems.add(new Problem("cargo", "Line " + line.number()
						+ " is written as 'description | quantity', with '| UN1203' after it for dangerous goods"));
				continue;
			}
			int quantity;
			try {
				quantity = Integer.parseInt(parts[1].strip());
			}
			catch (NumberFormatException ex) {
				problems.add(new Problem("cargo", "Line " + line.number() + ": '" + parts[1].strip()
						+ "' is not a quantity; write a whole number"));
				continue;
			}
			String third = parts.length == 3 ? parts[2].strip().toUpperCase(Locale.ROOT) : "";
			if (third.isEmpty()) {
				result.add(new CargoLine(description, quantity, false, null));
			}
			else if (third.equals("DG") || third.equals("DANGEROUS")) {
				result.add(new CargoLine(description, quantity, true, null));
			}
			else if (third.matches(CargoLine.UN_NUMBER)) {
				result.add(new CargoLine(description, quantity, true, third));
			}
			else {
				problems.add(new Problem("cargo", "Line " + line.number() + ": '" + parts[2].strip()
						+ "' is not a UN number; write UN and four digits, as in UN1203"));
			}
		}
		return result;
	}

}
