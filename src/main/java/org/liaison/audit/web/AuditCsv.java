package org.liaison.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.internal.AuditQueries;

/**
 * The trail as CSV, written entry by entry as the query reads them, so that an export of
 * years of entries never sits whole in memory. A cell that a spreadsheet would take for a
 * formula is written with a leading apostrophe.
 */
final class AuditCsv {

	private static final String[] HEADER = { "seq", "recorded_at", "actor", "actor_role", "channel", "request_id",
			"client_address", "record_kind", "record_id", "record_ref", "partner", "releasability", "action",
			"changes" };

	private AuditCsv() {
	}

	static void write(AuditQueries trail, AuditQuery query, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(writer)) {
			trail.each(query, entry -> row(csv, entry));
		}
	}

	private static void row(CSVPrinter csv, AuditEntry entry) {
		try {
			csv.printRecord(entry.seq(), entry.recordedAt(), cell(entry.actor()), entry.actorRole(), entry.channel(),
					entry.requestId(), entry.clientAddress(), entry.recordKind(), entry.recordId(),
					cell(entry.recordRef()), entry.partner() == null ? null : entry.partner().value(),
					entry.releasability(), entry.action(),
					cell(entry.changes()
						.stream()
						.map(change -> change.field() + ": " + change.before() + " -> " + change.after())
						.collect(Collectors.joining("; "))));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * OWASP's advice against CSV injection: text that starts like a formula is quoted.
	 */
	static String cell(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				? "'" + text : text;
	}

}
