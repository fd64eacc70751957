package org.liaison.timeline.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.timeline.MilestoneData;
import org.liaison.timeline.MilestoneSummary;
import org.liaison.timeline.TimelineService;
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
 * JSON API of the timeline.
 */
@RestController
@RequestMapping("/api/v1")
class TimelineApiController {

	private final TimelineService timeline;

	TimelineApiController(TimelineService timeline) {
		this.timeline = timeline;
	}

	@GetMapping("/partners/{code}/milestones")
	PageOf<MilestoneSummary> milestones(@PathVariable NationCode code, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, Audience audience) {
		return timeline.timeline(code, audience, new PageOf.Request(page, size));
	}

	@PostMapping("/partners/{code}/milestones")
	ResponseEntity<MilestoneSummary> add(@PathVariable NationCode code, @Valid @RequestBody MilestoneData data) {
		MilestoneSummary milestone = timeline.add(code, data);
		return ResponseEntity.created(URI.create("/api/v1/milestones/" + milestone.id())).body(milestone);
	}

	@GetMapping("/milestones/{id}")
	ResponseEntity<MilestoneSummary> milestone(@PathVariable UUID id, Audience audience) {
		MilestoneSummary milestone = timeline.milestone(id, audience);
		return Versions.ok(milestone, milestone.version());
	}

	@PutMapping("/milestones/{id}")
	ResponseEntity<MilestoneSummary> revise(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch, @Valid @RequestBody MilestoneData data) {
		MilestoneSummary milestone = timeline.revise(id, Versions.fromIfMatch(ifMatch), data);
		return Versions.ok(milestone, milestone.version());
	}

	@DeleteMapping("/milestones/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id,
			@RequestHeader(value = "If-Match", required = false) String ifMatch) {
		timeline.delete(id, Versions.fromIfMatch(ifMatch));
		return ResponseEntity.noContent().build();
	}

}
