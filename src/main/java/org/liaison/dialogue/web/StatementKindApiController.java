package org.liaison.dialogue.web;

import java.util.List;

import jakarta.validation.Valid;

import org.liaison.dialogue.StatementKindData;
import org.liaison.dialogue.StatementKindService;
import org.liaison.dialogue.StatementKindSummary;
import org.liaison.web.IfMatch;
import org.liaison.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference list of statement kinds: public to read, kept by administrators (the
 * filter chain lets only them write here).
 */
@RestController
@RequestMapping("/api/v1/statement-kinds")
record StatementKindApiController(StatementKindService service) {

	@GetMapping
	List<StatementKindSummary> kinds() {
		return service.kinds();
	}

	@GetMapping("/{code}")
	ResponseEntity<StatementKindSummary> kind(@PathVariable String code) {
		return Versions.ok(service.kind(code));
	}

	@PostMapping
	ResponseEntity<StatementKindSummary> addKind(@Valid @RequestBody StatementKindData data) {
		return Versions.created(service.addKind(data), kind -> "/api/v1/statement-kinds/" + kind.code());
	}

	@PutMapping("/{code}")
	ResponseEntity<StatementKindSummary> reviseKind(@PathVariable String code, @IfMatch long version,
			@Valid @RequestBody StatementKindData data) {
		return Versions.ok(service.reviseKind(code, version, data));
	}

}
