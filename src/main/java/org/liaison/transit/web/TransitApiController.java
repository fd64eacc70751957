package org.liaison.transit.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Audience;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.transit.TransitAction;
import org.liaison.transit.TransitRequestData;
import org.liaison.transit.TransitRequestSummary;
import org.liaison.transit.TransitService;
import org.liaison.transit.TransitTermsData;
import org.liaison.transit.TransitTermsSummary;
import org.liaison.web.Versions;
import org.springframework.http.ResponseEntity;
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
 * JSON API of the transit module. Actions on a request name the version they are based on in
 * {@code If-Match}. A late request is refused with 409 and the date by which it would have been on
 * time, as every broken rule is.
 */
@RestController
@RequestMapping("/api/v1")
class TransitApiController {

	private final TransitService transits;

	TransitApiController(TransitService transits) {
		this.transits = transits;
	}

	@GetMapping("/transit-requests")
	PageOf<TransitRequestSummary> requests(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "25") int size, Audience audience) {
		return transits.requests(audience, new PageOf.Request(page, size));
	}

	@PostMapping("/transit-requests")
	ResponseEntity<TransitRequestSummary> submit(@Valid @RequestBody TransitRequestData data, Audience audience) {
		TransitRequestSummary request = transits.submit(data, audience);
		return Versions.created("/api/v1/transit-requests/" + request.id(), request, request.version());
	}

	@GetMapping("/transit-requests/{id}")
	ResponseEntity<TransitRequestSummary> request(@PathVariable UUID id, Audience audience) {
		TransitRequestSummary request = transits.request(id, audience);
		return Versions.ok(request, request.version());
	}

	/** The reason of a decision or of urgency. */
	record ReasonRequest(@Nullable String reason) {
	}

	@PostMapping("/transit-requests/{id}/{action:review|approve|reject|withdraw|complete|urgent}")
	ResponseEntity<TransitRequestSummary> act(@PathVariable UUID id, @PathVariable("action") String slug,
			@RequestHeader(value = "If-Match", required = false) String ifMatch,
			@RequestBody(required = false) @Nullable ReasonRequest body, Audience audience) {
		TransitAction action = TransitAction.fromSlug(slug).orElseThrow(() -> new RecordNotFoundException("action", slug));
		TransitRequestSummary request = transits.act(id, Versions.fromIfMatch(ifMatch), action,
				body == null ? null : body.reason(), audience);
		return Versions.ok(request, request.version());
	}

	@GetMapping("/agreements/{id}/transit-terms")
	ResponseEntity<TransitTermsSummary> terms(@PathVariable UUID id, Audience audience) {
		TransitTermsSummary terms = transits.terms(id, audience);
		return Versions.ok(terms, terms.version());
	}

	@PutMapping("/agreements/{id}/transit-terms")
	ResponseEntity<TransitTermsSummary> setTerms(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody TransitTermsData data) {
		// The first notice period of an agreement has no version to name; every later change does.
		Long version = ifMatch == null ? null : Versions.fromIfMatch(ifMatch);
		TransitTermsSummary terms = transits.setTerms(id, version, data.noticeDays());
		return Versions.ok(terms, terms.version());
	}

}
