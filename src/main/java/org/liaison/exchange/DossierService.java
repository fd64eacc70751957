package org.liaison.exchange;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.exchange.internal.DossierExport;
import org.liaison.exchange.internal.DossierImport;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
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

	/** The partner's record as the reader may see it. */
	@Transactional(readOnly = true)
	public ObjectNode export(NationCode nation, Audience audience) {
		return export.export(nation, audience);
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
