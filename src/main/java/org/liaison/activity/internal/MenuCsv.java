package org.liaison.activity.internal;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.ActivityData;
import org.liaison.activity.ActivitySummary;
import org.liaison.activity.ActivityType;
import org.liaison.activity.Delivery;
import org.liaison.shared.CsvRecords;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;

/**
 * The menu as CSV (RFC 4180: comma separated, double quotes around fields with commas,
 * quotes or line breaks, CRLF). The header is {@link #HEADER}. {@code eligibility} lists
 * frameworks (codes of the reference list, such as PFP or MD) and nation codes separated
 * by spaces; {@code fee} and {@code currency} are both empty or both given; dates are ISO
 * ({@code 2015-03-01}); {@code clearance} is true or false. The description and the
 * illustrative flag are not in the file: an import keeps what is stored.
 */
public final class MenuCsv {

	public static final String HEADER = "reference,title,area,discipline,type,provider,delivery,durationDays,clearance,eligibility,fee,currency,activeFrom,activeTo,releasability";

	private static final List<String> COLUMNS = Arrays.asList(HEADER.split(","));

	private MenuCsv() {
	}

	public record Row(int line, ActivityData data) {
	}

	public record Parsed(List<Row> rows, List<String> errors) {
	}

	public static void writeHeader(Writer out) throws IOException {
		out.append(HEADER).append("\r\n");
	}

	public static void writeRow(ActivitySummary a, Writer out) throws IOException {
		List<String> fields = List.of(a.ref(), a.title(), a.area(), a.discipline(), a.type().name(), a.provider(),
				a.delivery().name(), String.valueOf(a.durationDays()), String.valueOf(a.clearance()), a.eligibility(),
				a.fee() == null ? "" : a.fee().amount().toPlainString(),
				a.fee() == null ? "" : a.fee().currency().getCurrencyCode(),
				a.activeFrom() == null ? "" : a.activeFrom().toString(),
				a.activeTo() == null ? "" : a.activeTo().toString(), a.releasability().name());
		out.append(String.join(",", fields.stream().map(MenuCsv::quote).toList())).append("\r\n");
	}

	private static String quote(String field) {
		if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
			return "\"" + field.replace("\"", "\"\"") + "\"";
		}
		return field;
	}

	public static Parsed read(String csv, Set<String> frameworkCodes) {
		List<Row> rows = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		List<CsvRecords.Record> records = CsvRecords.read(csv);
		if (records.isEmpty() || !records.get(0).fields().stream().map(String::strip).toList().equals(COLUMNS)) {
			errors.add("line 1: the header is not " + HEADER);
			return new Parsed(rows, errors);
		}
		for (int i = 1; i < records.size(); i++) {
			List<String> f = records.get(i).fields();
			int line = records.get(i).line();
			if (f.size() == 1 && f.get(0).isBlank()) {
				continue;
			}
			if (f.size() != COLUMNS.size()) {
				errors.add("line %d: has %d fields, not %d".formatted(line, f.size(), COLUMNS.size()));
				continue;
			}
			List<String> reasons = new ArrayList<>();
			ActivityType type = parseEnum(ActivityType.class, f.get(4), "type", reasons);
			Delivery delivery = parseEnum(Delivery.class, f.get(6), "delivery", reasons);
			Releasability releasability = parseEnum(Releasability.class, f.get(14), "releasability", reasons);
			int duration = 0;
			try {
				duration = Integer.parseInt(f.get(7).strip());
			}
			catch (NumberFormatException ex) {
				reasons.add("durationDays '" + f.get(7) + "' is not a whole number");
			}
			String clearance = f.get(8).strip().toLowerCase(Locale.ROOT);
			if (!clearance.equals("true") && !clearance.equals("false")) {
				reasons.add("clearance '" + f.get(8) + "' is not true or false");
			}
			List<String> frameworks = new ArrayList<>();
			List<NationCode> nations = new ArrayList<>();
			for (String token : f.get(9).strip().split("\\s+")) {
				if (token.isEmpty()) {
					continue;
				}
				String code = token.toUpperCase(Locale.ROOT);
				if (frameworkCodes.contains(code)) {
					frameworks.add(code);
				}
				else if (NationCode.isValid(code)) {
					nations.add(NationCode.of(code));
				}
				else {
					reasons.add("eligibility '" + token + "' is neither a framework nor a nation code");
				}
			}
			Money fee = null;
			if (!f.get(10).isBlank() || !f.get(11).isBlank()) {
				try {
					fee = Money.of(f.get(10).strip(), f.get(11).strip());
				}
				catch (IllegalArgumentException ex) {
					reasons.add("fee: " + ex.getMessage());
				}
			}
			LocalDate from = parseDate(f.get(12), "activeFrom", reasons);
			LocalDate to = parseDate(f.get(13), "activeTo", reasons);
			if (!reasons.isEmpty()) {
				errors.add("line " + line + ": " + String.join("; ", reasons));
				continue;
			}
			rows.add(new Row(line,
					new ActivityData(f.get(0).strip(), f.get(1).strip(), null, f.get(2).strip(), f.get(3).strip(), type,
							f.get(5).strip(), delivery, duration, clearance.equals("true"), frameworks, nations, fee,
							from, to, releasability, false)));
		}
		return new Parsed(rows, errors);
	}

	/**
	 * The row, with what the file does not hold (description, illustrative) kept as
	 * stored.
	 */
	public static ActivityData keepOthers(ActivityData stored, ActivityData row) {
		return new ActivityData(row.ref(), row.title(), stored.description(), row.area(), row.discipline(), row.type(),
				row.provider(), row.delivery(), row.durationDays(), row.clearance(), row.frameworks(), row.nations(),
				row.fee(), row.activeFrom(), row.activeTo(), row.releasability(), stored.illustrative());
	}

	private static <E extends Enum<E>> @Nullable E parseEnum(Class<E> type, String value, String column,
			List<String> reasons) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			reasons.add(column + " '" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
			return null;
		}
	}

	private static @Nullable LocalDate parseDate(String value, String column, List<String> reasons) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			reasons.add(column + " '" + value + "' is not a date such as 2015-03-01");
			return null;
		}
	}

}
