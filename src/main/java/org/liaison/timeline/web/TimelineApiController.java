package org.liaison.timeline.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.timeline.MilestoneData;
import org.liaison.timeline.MilestoneSummary;
import org.liaison.timeline.TimelineService;
import org.liaison.web.DefaultSize;
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
 * JSON API of the timeline.
 */
@RestController
@RequestMapping("/api/v1")
record TimelineApiController(TimelineService timeline) {

	@GetMapping("/partners/{code}/milestones")
	PageOf<MilestoneSummary> milestones(@PathVariable NationCode code, @DefaultSize(50) PageOf.Request page,
			Audience audience) {
		return timeline.timeline(code, audience, page);
	}

	@PostMapping("/partners/{code}/milestones")
	ResponseEntity<MilestoneSummary> add(@PathVariable NationCode code, @Valid @RequestBody MilestoneData data) {
		return Versions.created(timeline.add(code, data), milestone -> "/api/v1/milestones/" + milestone.id());
	}

	@GetMapping("/milestones/{id}")
	ResponseEntity<MilestoneSummary> milestone(@PathVariable UUID id, Audience audience) {
		return Versions.ok(timeline.milestone(id, audience));
	}

	@PutMapping("/milestones/{id}")
	ResponseEntity<MilestoneSummary> revise(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody MilestoneData data) {
		return Versions.ok(timeline.revise(id, version, data));
	}

	@DeleteMapping("/milestones/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id, @IfMatch long version) {
		timeline.delete(id, version);
		return ResponseEntity.noContent().build();
	}

}
