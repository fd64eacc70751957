package org.liaison.science.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.science.GrantData;
import org.liaison.science.GrantSummary;
import org.liaison.science.PrioritySummary;
import org.liaison.science.ReportData;
import org.liaison.science.ReportDue;
import org.liaison.science.ScienceService;
import org.liaison.science.GrantMove;
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
 * JSON API of the science module. Changes to a grant name the version they are based on
 * in {@code If-Match}; lifecycle moves are their own endpoints, since an edit never
 * changes the status. Amounts are exact decimals, never floating point.
 */
@RestController
@RequestMapping("/api/v1")
record ScienceApiController(ScienceService science) {

	@GetMapping("/science-priorities")
	List<PrioritySummary> priorities() {
		return science.priorities();
	}

	@GetMapping("/partners/{code}/science-grants")
	PageOf<GrantSummary> grants(@PathVariable NationCode code, PageOf.Request page, Audience audience) {
		return science.grants(code, audience, page);
	}

	@PostMapping("/partners/{code}/science-grants")
	ResponseEntity<GrantSummary> add(@PathVariable NationCode code, @Valid @RequestBody GrantData data) {
		return Versions.created(science.add(code, data), grant -> "/api/v1/science-grants/" + grant.id());
	}

	/** Grants of every partner the reader may see that have a report overdue. */
	@GetMapping("/science-grants/overdue")
	List<GrantSummary> overdue(Audience audience) {
		return science.overdue(audience);
	}

	@GetMapping("/science-grants/{id}")
	ResponseEntity<GrantSummary> grant(@PathVariable UUID id, Audience audience) {
		return Versions.ok(science.grant(id, audience));
	}

	@PutMapping("/science-grants/{id}")
	ResponseEntity<GrantSummary> revise(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody GrantData data) {
		return Versions.ok(science.revise(id, version, data));
	}

	@DeleteMapping("/science-grants/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @IfMatch long version) {
		science.delete(id, version);
		return ResponseEntity.noContent().build();
	}

	/** When a lifecycle move happened, and why (approval and rejection only). */
	record MoveRequest(@Nullable PartialDate on, @Nullable String reason) {
	}

	@PostMapping("/science-grants/{id}/{move:" + GrantMove.SLUGS + "}")
	ResponseEntity<GrantSummary> move(@PathVariable UUID id, @PathVariable("move") String slug, @IfMatch long version,
			@RequestBody(required = false) @Nullable MoveRequest request) {
		GrantMove move = LifecycleMove.fromSlug(GrantMove.class, slug)
			.orElseThrow(() -> new RecordNotFoundException("action", slug));
		return Versions.ok(science.move(id, version, move, request == null ? null : request.on(),
				request == null ? null : request.reason()));
	}

	@PostMapping("/science-grants/{id}/reports")
	ResponseEntity<GrantSummary> submitReport(@PathVariable UUID id, @Valid @RequestBody ReportData data) {
		return Versions.created(science.submitReport(id, data), grant -> "/api/v1/science-grants/" + id + "/schedule");
	}

	@GetMapping("/science-grants/{id}/schedule")
	List<ReportDue> schedule(@PathVariable UUID id, Audience audience) {
		return science.schedule(id, audience);
	}

}
