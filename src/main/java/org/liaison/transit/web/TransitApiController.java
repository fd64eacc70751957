package org.liaison.transit.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Audience;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.transit.TransitAction;
import org.liaison.transit.TransitDecisions;
import org.liaison.transit.TransitRequestData;
import org.liaison.transit.TransitRequestSummary;
import org.liaison.transit.TransitService;
import org.liaison.transit.TransitTermsData;
import org.liaison.transit.TransitTermsSummary;
import org.liaison.transit.TransitTermsService;
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
 * JSON API of the transit module. Actions on a request name the version they are based on
 * in {@code If-Match}. A late request is refused with 409 and the date by which it would
 * have been on time, as every broken rule is.
 */
@RestController
@RequestMapping("/api/v1")
record TransitApiController(TransitService transits, TransitDecisions decisions, TransitTermsService terms) {

	@GetMapping("/transit-requests")
	PageOf<TransitRequestSummary> requests(PageOf.Request page, Audience audience) {
		return transits.requests(audience, page);
	}

	@PostMapping("/transit-requests")
	ResponseEntity<TransitRequestSummary> submit(@Valid @RequestBody TransitRequestData data, Audience audience) {
		return Versions.created(transits.submit(data, audience), request -> "/api/v1/transit-requests/" + request.id());
	}

	@GetMapping("/transit-requests/{id}")
	ResponseEntity<TransitRequestSummary> request(@PathVariable UUID id, Audience audience) {
		return Versions.ok(transits.request(id, audience));
	}

	/** The reason of a decision or of urgency. */
	record ReasonRequest(@Nullable String reason) {
	}

	@PostMapping("/transit-requests/{id}/{action:review|approve|reject|withdraw|complete|urgent}")
	ResponseEntity<TransitRequestSummary> act(@PathVariable UUID id, @PathVariable("action") String slug,
			@IfMatch long version, @RequestBody(required = false) @Nullable ReasonRequest body, Audience audience) {
		TransitAction action = TransitAction.fromSlug(slug)
			.orElseThrow(() -> new RecordNotFoundException("action", slug));
		return Versions.ok(decisions.act(id, version, action, body == null ? null : body.reason(), audience));
	}

	@GetMapping("/agreements/{id}/transit-terms")
	ResponseEntity<TransitTermsSummary> terms(@PathVariable UUID id, Audience audience) {
		return Versions.ok(terms.terms(id, audience));
	}

	@PutMapping("/agreements/{id}/transit-terms")
	ResponseEntity<TransitTermsSummary> setTerms(@PathVariable UUID id, @IfMatch @Nullable Long version,
			@Valid @RequestBody TransitTermsData data) {
		// The first notice period of an agreement has no version to name; every later
		// change does.
		return Versions.ok(terms.setTerms(id, version, data.noticeDays()));
	}

}
