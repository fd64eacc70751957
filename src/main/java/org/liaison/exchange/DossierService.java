package org.liaison.exchange;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.exchange.internal.DossierExport;
import org.liaison.exchange.internal.DossierImport;
import org.liaison.exchange.internal.ExportTurns;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.function.ThrowingSupplier;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports and imports the partnership dossier. An import reads and checks the whole
 * document first and reports every problem with its JSON path; only a document without
 * problems is written, in one transaction, so a failure leaves the record as it was.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DossierService {

	public static final String FORMAT = "liaison-dossier";

	public static final int VERSION = 1;

	private final DossierExport export;

	private final DossierImport importer;

	private final ExportTurns turns;

	private final JsonMapper json;

	/**
	 * Writes the partner's record as the reader may see it to the stream, section by
	 * section, in its turn among the exports asked for at once ({@link ExportTurns}): the
	 * transaction, and its connection, begin with the turn. The stream is asked for only
	 * once the reader is known to see the partner: a refusal is thrown before anything is
	 * written.
	 * @throws org.liaison.shared.BusyException when no turn came in time
	 */
	public void export(NationCode nation, Audience audience, ThrowingSupplier<OutputStream> stream) {
		turns.take(() -> export.export(nation, audience, stream));
	}

	/**
	 * The partner's record as the reader may see it, whole, for a caller in the same
	 * process that works on it (a round trip into another installation, say).
	 */
	@Transactional(readOnly = true)
	public ObjectNode export(NationCode nation, Audience audience) {
		ByteArrayOutputStream written = new ByteArrayOutputStream();
		export.export(nation, audience, () -> written);
		// Amounts are read back as the decimals they were written from.
		return (ObjectNode) json.reader()
			.with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.readTree(written.toByteArray());
	}

	/**
	 * Imports a dossier, all or nothing.
	 * @throws InvalidInputException listing every problem, each with its JSON path
	 */
	@Transactional
	public ImportReport importDossier(JsonNode dossier) {
		return importer.importDossier(dossier);
	}

}
