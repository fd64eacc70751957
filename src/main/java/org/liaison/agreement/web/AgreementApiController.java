package org.liaison.agreement.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementData;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementMove;
import org.liaison.agreement.AgreementSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordNotFoundException;
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
 * JSON API of the agreement module. Changes to an agreement name the version they are
 * based on in {@code If-Match}; lifecycle moves are their own endpoints, since an edit
 * never changes the status.
 */
@RestController
@RequestMapping("/api/v1")
record AgreementApiController(AgreementService agreements) {

	@GetMapping("/partners/{code}/agreements")
	PageOf<AgreementSummary> agreements(@PathVariable NationCode code, PageOf.Request page, Audience audience) {
		return agreements.agreements(code, audience, page);
	}

	@PostMapping("/partners/{code}/agreements")
	ResponseEntity<AgreementSummary> add(@PathVariable NationCode code, @Valid @RequestBody AgreementData data) {
		return Versions.created(agreements.add(code, data), agreement -> "/api/v1/agreements/" + agreement.id());
	}

	@GetMapping("/agreements/{id}")
	ResponseEntity<AgreementSummary> agreement(@PathVariable UUID id, Audience audience) {
		return Versions.ok(agreements.agreement(id, audience));
	}

	@PutMapping("/agreements/{id}")
	ResponseEntity<AgreementSummary> revise(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody AgreementData data) {
		return Versions.ok(agreements.revise(id, version, data));
	}

	@DeleteMapping("/agreements/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @IfMatch long version) {
		agreements.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	/** The date a lifecycle move happened, and what the timeline says of it. */
	record MoveRequest(@Nullable PartialDate on, @Nullable String text) {
	}

	@PostMapping("/agreements/{id}/{move:submit|agree|enter-into-force|supersede|expire|terminate}")
	ResponseEntity<AgreementSummary> move(@PathVariable UUID id, @PathVariable("move") String slug,
			@IfMatch long version, @RequestBody(required = false) @Nullable MoveRequest request) {
		AgreementMove move = LifecycleMove.fromSlug(AgreementMove.class, slug)
			.orElseThrow(() -> new RecordNotFoundException("action", slug));
		return Versions.ok(agreements.move(id, version, move, request == null ? null : request.on(),
				request == null ? null : request.text()));
	}

}
