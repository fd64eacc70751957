package org.liaison.dialogue.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.liaison.dialogue.BodyData;
import org.liaison.dialogue.BodySummary;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.StatementData;
import org.liaison.dialogue.StatementSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.web.IfMatch;
import org.liaison.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the dialogue module: joint bodies and statements, each served with its
 * version as ETag and changed only with that version in {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1")
record DialogueApiController(DialogueService dialogue) {

	// Joint bodies

	@GetMapping("/partners/{code}/bodies")
	List<BodySummary> bodies(@PathVariable NationCode code, Audience audience) {
		return dialogue.bodies(code, audience);
	}

	@PostMapping("/partners/{code}/bodies")
	ResponseEntity<BodySummary> addBody(@PathVariable NationCode code, @Valid @RequestBody BodyData data) {
		return Versions.created(dialogue.addBody(code, data), body -> "/api/v1/bodies/" + body.id());
	}

	@GetMapping("/bodies/{id}")
	ResponseEntity<BodySummary> body(@PathVariable UUID id, Audience audience) {
		return Versions.ok(dialogue.body(id, audience));
	}

	@PutMapping("/bodies/{id}")
	ResponseEntity<BodySummary> reviseBody(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody BodyData data) {
		return Versions.ok(dialogue.reviseBody(id, version, data));
	}

	@DeleteMapping("/bodies/{id}")
	ResponseEntity<Void> deleteBody(@PathVariable UUID id, @IfMatch long version) {
		dialogue.deleteBody(id, version);
		return ResponseEntity.noContent().build();
	}

	// Statements

	@GetMapping("/partners/{code}/statements")
	PageOf<StatementSummary> statements(@PathVariable NationCode code, PageOf.Request page, Audience audience) {
		return dialogue.statements(code, audience, page);
	}

	@PostMapping("/partners/{code}/statements")
	ResponseEntity<StatementSummary> addStatement(@PathVariable NationCode code,
			@Valid @RequestBody StatementData data) {
		return Versions.created(dialogue.addStatement(code, data), statement -> "/api/v1/statements/" + statement.id());
	}

	@GetMapping("/statements/{id}")
	ResponseEntity<StatementSummary> statement(@PathVariable UUID id, Audience audience) {
		return Versions.ok(dialogue.statement(id, audience));
	}

	@PutMapping("/statements/{id}")
	ResponseEntity<StatementSummary> reviseStatement(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody StatementData data) {
		return Versions.ok(dialogue.reviseStatement(id, version, data));
	}

	@DeleteMapping("/statements/{id}")
	ResponseEntity<Void> deleteStatement(@PathVariable UUID id, @IfMatch long version) {
		dialogue.deleteStatement(id, version);
		return ResponseEntity.noContent().build();
	}

}
