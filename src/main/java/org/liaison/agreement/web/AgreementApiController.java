package org.liaison.agreement.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementData;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementService.Move;
import org.liaison.agreement.AgreementSummary;
import org.liaison.agreement.AgreementTypeData;
import org.liaison.agreement.AgreementTypeSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.web.Versions;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the agreement module. Changes to an agreement name the version they are based on
 * in {@code If-Match}; lifecycle moves are their own endpoints, since an edit never changes the
 * status.
 */
@RestController
@RequestMapping("/api/v1")
class AgreementApiController {

	private final AgreementService agreements;

	AgreementApiController(AgreementService agreements) {
		this.agreements = agreements;
	}

	@GetMapping("/agreement-types")
	List<AgreementTypeSummary> types() {
		return agreements.types();
	}

	@GetMapping("/agreement-types/{code}")
	AgreementTypeSummary type(@PathVariable String code) {
		return agreements.type(code);
	}

	@PostMapping("/agreement-types")
	ResponseEntity<AgreementTypeSummary> addType(@Valid @RequestBody AgreementTypeData data) {
		AgreementTypeSummary type = agreements.addType(data);
		return ResponseEntity.created(URI.create("/api/v1/agreement-types/" + type.code())).body(type);
	}

	@GetMapping("/partners/{code}/agreements")
	PageOf<AgreementSummary> agreements(@PathVariable NationCode code, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, Audience audience) {
		return agreements.agreements(code, audience, new PageOf.Request(page, size));
	}

	@PostMapping("/partners/{code}/agreements")
	ResponseEntity<AgreementSummary> add(@PathVariable NationCode code, @Valid @RequestBody AgreementData data) {
		AgreementSummary agreement = agreements.add(code, data);
		return ResponseEntity.created(URI.create("/api/v1/agreements/" + agreement.id())).body(agreement);
	}

	@GetMapping("/agreements/{id}")
	ResponseEntity<AgreementSummary> agreement(@PathVariable UUID id, Audience audience) {
		AgreementSummary agreement = agreements.agreement(id, audience);
		return Versions.ok(agreement, agreement.version());
	}

	@PutMapping("/agreements/{id}")
	ResponseEntity<AgreementSummary> revise(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody AgreementData data) {
		AgreementSummary agreement = agreements.revise(id, Versions.fromIfMatch(ifMatch), data);
		return Versions.ok(agreement, agreement.version());
	}

	@DeleteMapping("/agreements/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		agreements.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

	/** The date a lifecycle move happened. */
	record MoveRequest(@Nullable PartialDate on) {
	}

	@PostMapping("/agreements/{id}/{move:submit|agree|enter-into-force|supersede|expire|terminate}")
	ResponseEntity<AgreementSummary> move(@PathVariable UUID id, @PathVariable("move") String slug,
			@RequestHeader(value = "If-Match", required = false) String ifMatch,
			@RequestBody(required = false) @Nullable MoveRequest request) {
		Move move = Move.fromSlug(slug).orElseThrow(() -> new RecordNotFoundException("action", slug));
		AgreementSummary agreement = agreements.move(id, Versions.fromIfMatch(ifMatch), move,
				request == null ? null : request.on());
		return Versions.ok(agreement, agreement.version());
	}

}
