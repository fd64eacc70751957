package org.liaison.exchange.web;

import jakarta.servlet.http.HttpServletResponse;

import org.liaison.exchange.DossierService;
import org.liaison.exchange.ImportReport;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * The dossier over HTTP: export what the caller may see, import all or nothing (editors
 * only).
 */
@RestController
@RequestMapping("/api/v1")
record DossierApiController(DossierService dossiers) {

	/**
	 * Streams the dossier as it is read: the headers are set, and the response begun,
	 * only once the caller may see the partner, so a refusal is a problem response and
	 * never the start of a dossier.
	 */
	@GetMapping("/partners/{code}/dossier")
	void export(@PathVariable NationCode code, Audience audience, HttpServletResponse response) {
		dossiers.export(code, audience, () -> {
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(code.value().toLowerCase() + "-dossier.json")
						.build()
						.toString());
			return response.getOutputStream();
		});
	}

	@PostMapping("/dossiers")
	ImportReport importDossier(@RequestBody JsonNode dossier) {
		return dossiers.importDossier(dossier);
	}

}
