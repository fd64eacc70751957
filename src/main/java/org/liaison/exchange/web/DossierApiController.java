package org.liaison.exchange.web;

import org.liaison.exchange.DossierService;
import org.liaison.exchange.ImportReport;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dossier over HTTP: export what the caller may see, import all or nothing (editors
 * only).
 */
@RestController
@RequestMapping("/api/v1")
record DossierApiController(DossierService dossiers) {

	@GetMapping("/partners/{code}/dossier")
	ResponseEntity<ObjectNode> export(@PathVariable NationCode code, Audience audience) {
		ObjectNode dossier = dossiers.export(code, audience);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(code.value().toLowerCase() + "-dossier.json")
						.build()
						.toString())
			.body(dossier);
	}

	@PostMapping("/dossiers")
	ImportReport importDossier(@RequestBody JsonNode dossier) {
		return dossiers.importDossier(dossier);
	}

}
