package org.liaison.dialogue.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.dialogue.ActionData;
import org.liaison.dialogue.ActionMove;
import org.liaison.dialogue.MeetingData;
import org.liaison.dialogue.MeetingService;
import org.liaison.dialogue.MeetingSummary;
import org.liaison.dialogue.PartnerAction;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.web.IfMatch;
import org.liaison.web.Versions;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of meetings and their follow-up actions. A meeting is served with its version
 * as ETag; a change of the meeting or of one of its actions names that version in
 * {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1")
record MeetingApiController(MeetingService meetings) {

	@GetMapping("/bodies/{id}/meetings")
	PageOf<MeetingSummary> meetings(@PathVariable UUID id, PageOf.Request page, Audience audience) {
		return meetings.meetings(id, audience, page);
	}

	@PostMapping("/bodies/{id}/meetings")
	ResponseEntity<MeetingSummary> addMeeting(@PathVariable UUID id, @Valid @RequestBody MeetingData data,
			Audience audience) {
		return Versions.created(meetings.addMeeting(id, data, audience), meeting -> "/api/v1/meetings/" + meeting.id());
	}

	@GetMapping("/meetings/{id}")
	ResponseEntity<MeetingSummary> meeting(@PathVariable UUID id, Audience audience) {
		return Versions.ok(meetings.meeting(id, audience));
	}

	@PutMapping("/meetings/{id}")
	ResponseEntity<MeetingSummary> reviseMeeting(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody MeetingData data) {
		return Versions.ok(meetings.reviseMeeting(id, version, data));
	}

	@DeleteMapping("/meetings/{id}")
	ResponseEntity<Void> deleteMeeting(@PathVariable UUID id, @IfMatch long version) {
		meetings.deleteMeeting(id, version);
		return ResponseEntity.noContent().build();
	}

	/**
	 * Adds an open action; {@code If-Match} is optional, since adding overwrites nothing.
	 */
	@PostMapping("/meetings/{id}/actions")
	ResponseEntity<MeetingSummary> addAction(@PathVariable UUID id, @IfMatch @Nullable Long version,
			@Valid @RequestBody ActionData data) {
		MeetingSummary meeting = meetings.addAction(id, version, data);
		UUID actionId = meeting.actions().get(meeting.actions().size() - 1).id();
		return Versions.created("/api/v1/actions/" + actionId, meeting, meeting.version());
	}

	/**
	 * Changes an action's text, owner and due day, with the meeting's version in
	 * {@code If-Match}.
	 */
	@PutMapping("/actions/{id}")
	ResponseEntity<MeetingSummary> reviseAction(@PathVariable UUID id, Audience audience, @IfMatch long version,
			@Valid @RequestBody ActionData data) {
		UUID meetingId = meetings.meetingOfAction(id, audience);
		return Versions.ok(meetings.reviseAction(meetingId, version, id, data));
	}

	/** Marks an open action done or dropped ({@code on}, a day, defaults to today). */
	@PostMapping("/actions/{id}/{move:done|drop}")
	ResponseEntity<MeetingSummary> moveAction(@PathVariable UUID id, @PathVariable("move") String slug,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@IfMatch long version, Audience audience) {
		UUID meetingId = meetings.meetingOfAction(id, audience);
		return Versions.ok(meetings.moveAction(meetingId, version, id, ActionMove.fromSlug(slug).orElseThrow(), on));
	}

	@GetMapping("/partners/{code}/actions")
	List<PartnerAction> actions(@PathVariable NationCode code, @RequestParam(defaultValue = "false") boolean overdue,
			Audience audience) {
		return meetings.actions(code, audience, overdue);
	}

}
