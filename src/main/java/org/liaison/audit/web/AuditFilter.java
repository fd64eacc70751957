package org.liaison.audit.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.AuditQuery;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;

/**
 * The trail's search as a page's form and the API's parameters give it, every field
 * optional: an account's username, a partner's code, a kind of record, and days from and
 * to (both included, in UTC).
 */
public record AuditFilter(@Nullable String actor, @Nullable String partner, @Nullable String kind,
		@Nullable String from, @Nullable String to) {

	public AuditQuery query() {
		List<Problem> problems = new ArrayList<>();
		NationCode nation = null;
		if (present(partner)) {
			if (partner.strip().matches("[A-Za-z]{3}")) {
				nation = NationCode.of(partner.strip().toUpperCase(java.util.Locale.ROOT));
			}
			else {
				problems.add(new Problem("partner", "is a nation's three-letter code, such as SRB"));
			}
		}
		if (present(kind) && !kind.strip().matches("[A-Za-z]{1,60}")) {
			problems.add(new Problem("kind", "is a kind of record as the trail names it, such as Agreement"));
		}
		LocalDate first = day("from", from, problems);
		LocalDate last = day("to", to, problems);
		if (first != null && last != null && last.isBefore(first)) {
			problems.add(new Problem("to", "is on or after the day 'from'"));
		}
		InvalidInputException.throwIfAny(problems);
		return new AuditQuery(present(actor) ? actor.strip() : null, nation, present(kind) ? kind.strip() : null,
				first == null ? null : first.atStartOfDay().toInstant(ZoneOffset.UTC),
				last == null ? null : last.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
	}

	/** The filter's parameters for a link to another page of the same search. */
	public String parameters() {
		StringBuilder query = new StringBuilder();
		append(query, "actor", actor);
		append(query, "partner", partner);
		append(query, "kind", kind);
		append(query, "from", from);
		append(query, "to", to);
		return query.toString();
	}

	private static void append(StringBuilder query, String name, @Nullable String value) {
		if (present(value)) {
			query.append(query.isEmpty() ? "" : "&")
				.append(name)
				.append('=')
				.append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static @Nullable LocalDate day(String field, @Nullable String text, List<Problem> problems) {
		if (!present(text)) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(field, "is a day written as YYYY-MM-DD, such as 2026-12-03"));
			return null;
		}
	}

	private static boolean present(@Nullable String text) {
		return text != null && !text.isBlank();
	}

}
