package org.liaison.activity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.CalendarFeed;
import org.liaison.activity.Decision;
import org.liaison.activity.NomineeData;
import org.liaison.activity.PartnerCalendar;
import org.liaison.activity.ParticipationCount;
import org.liaison.activity.ParticipationService;
import org.liaison.activity.RequestData;
import org.liaison.activity.RequestSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.web.IfMatch;
import org.liaison.web.Versions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the partners' participation: requests for places and the decisions about
 * them, attendance, feedback, nominees, a partner's programme and its calendar feed.
 * Moves of a participation request may name the version they are based on in
 * {@code If-Match}; without it they apply to the current version (the seat rules hold
 * either way).
 */
@RestController
@RequestMapping("/api/v1")
record ParticipationApiController(ParticipationService participation, CalendarFeed calendars) {

	@GetMapping("/events/{id}/participation-requests")
	List<RequestSummary> requestsOfEvent(@PathVariable UUID id, Audience audience) {
		return participation.requestsOfEvent(id, audience);
	}

	@PostMapping("/events/{id}/participation-requests")
	ResponseEntity<RequestSummary> request(@PathVariable UUID id, @RequestBody NewRequestBody body, Audience audience) {
		NationCode partner = body.partner() != null ? body.partner() : audience.nation();
		if (partner == null) {
			throw org.liaison.shared.InvalidInputException.of("partner", "Name the partner that asks for places");
		}
		return Versions.created(participation.request(id, partner,
				new RequestData(body.seats() == null ? 0 : body.seats(), body.priority() == null ? 0 : body.priority(),
						body.planGoal(), body.nominees(), Boolean.TRUE.equals(body.illustrative())),
				audience), request -> "/api/v1/participation-requests/" + request.id());
	}

	/**
	 * The body of a request for places: the partner (its own nation for a partner's user)
	 * and the request.
	 */
	record NewRequestBody(@Nullable NationCode partner, @Nullable Integer seats, @Nullable Integer priority,
			@Nullable String planGoal, @Nullable List<NomineeData> nominees, @Nullable Boolean illustrative) {
	}

	@GetMapping("/participation-requests/{id}")
	ResponseEntity<RequestSummary> participationRequest(@PathVariable UUID id, Audience audience) {
		return Versions.ok(participation.request(id, audience));
	}

	@PostMapping("/participation-requests/{id}/approve")
	ResponseEntity<RequestSummary> approve(@PathVariable UUID id, @IfMatch @Nullable Long version) {
		return ok(participation.approve(id, version));
	}

	@PostMapping("/participation-requests/{id}/waitlist")
	ResponseEntity<RequestSummary> waitlist(@PathVariable UUID id, @IfMatch @Nullable Long version) {
		return ok(participation.waitlist(id, version));
	}

	@PostMapping("/participation-requests/{id}/decline")
	ResponseEntity<RequestSummary> decline(@PathVariable UUID id, @IfMatch @Nullable Long version,
			@RequestBody(required = false) ActivityApiController.@Nullable Reason reason) {
		return ok(participation.decline(id, version, reason == null ? null : reason.reason()));
	}

	@PostMapping("/participation-requests/{id}/withdraw")
	ResponseEntity<RequestSummary> withdraw(@PathVariable UUID id, @IfMatch @Nullable Long version, Audience audience) {
		return ok(participation.withdraw(id, version, audience));
	}

	record Attendance(@NotNull Boolean attended) {
	}

	@PostMapping("/participation-requests/{id}/attendance")
	ResponseEntity<RequestSummary> attendance(@PathVariable UUID id, @IfMatch @Nullable Long version,
			@Valid @RequestBody Attendance attendance, Audience audience) {
		return ok(participation.attendance(id, version, attendance.attended(), audience));
	}

	record Feedback(int rating, @Nullable String comment) {
	}

	@PostMapping("/participation-requests/{id}/feedback")
	ResponseEntity<RequestSummary> feedback(@PathVariable UUID id, @IfMatch @Nullable Long version,
			@RequestBody Feedback feedback, Audience audience) {
		return ok(participation.feedback(id, version, feedback.rating(), feedback.comment(), audience));
	}

	record Nominees(@Valid List<NomineeData> nominees) {
	}

	@PostMapping("/participation-requests/{id}/nominees")
	ResponseEntity<RequestSummary> nominate(@PathVariable UUID id, @IfMatch @Nullable Long version,
			@Valid @RequestBody Nominees nominees, Audience audience) {
		return ok(participation.nominate(id, version, nominees.nominees() == null ? List.of() : nominees.nominees(),
				audience));
	}

	record Bulk(@NotNull Decision decision, @NotEmpty List<UUID> ids, @Nullable String reason) {
	}

	@PostMapping("/participation-requests/bulk")
	List<RequestSummary> bulk(@Valid @RequestBody Bulk bulk) {
		return participation.bulk(bulk.ids(), bulk.decision(), bulk.reason());
	}

	/**
	 * A page of the partner's requests of a year (this year unless asked), by area, start
	 * and title, then those whose activity the reader may no longer see.
	 */
	@GetMapping("/partners/{code}/participation")
	PageOf<RequestSummary> participation(@PathVariable NationCode code,
			@RequestParam(required = false) @Nullable Integer year, PageOf.Request page, Audience audience) {
		return participation.programme(code, year == null ? Year.now().getValue() : year, audience, page);
	}

	@GetMapping("/partners/{code}/participation/counts")
	List<ParticipationCount> participationCounts(@PathVariable NationCode code, Audience audience) {
		return participation.participation(code, audience);
	}

	/**
	 * The partner's approved events of a window of days as iCalendar, for a calendar
	 * client signed in with HTTP Basic or giving a token; without {@code from} and
	 * {@code to}, a year back and two ahead. Written to the response as the events are
	 * read, once the reader and the window have passed: a refusal is a problem, never
	 * half a calendar.
	 */
	@GetMapping(value = "/partners/{code}/calendar.ics", produces = "text/calendar")
	void calendar(@PathVariable NationCode code, @RequestParam(required = false) @Nullable String token,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			Audience audience, HttpServletResponse response) throws IOException {
		PartnerCalendar calendar = calendars.calendar(code, ActivityApiController.blank(token), audience, from, to);
		response.setContentType(new MediaType("text", "calendar", StandardCharsets.UTF_8).toString());
		calendar.writeTo(response.getWriter());
	}

	record CalendarToken(String token, String url) {
	}

	/**
	 * Issues a token for the partner's calendar feed to the signed-in user; it is shown
	 * once.
	 */
	@PostMapping("/partners/{code}/calendar-tokens")
	ResponseEntity<CalendarToken> issueCalendarToken(@PathVariable NationCode code, java.security.Principal user,
			Audience audience) {
		String token = calendars.issueCalendarToken(code, user.getName(), audience);
		// Where the feed lives, never with the token: a header is logged more readily
		// than a body.
		String feed = "/api/v1/partners/" + code + "/calendar.ics";
		return Versions.created(feed, new CalendarToken(token, feed + "?token=" + token));
	}

	/**
	 * Revokes the signed-in user's tokens for the partner's calendar feed; 404 when the
	 * user held none there, so that a client is never told that nothing was revoked.
	 */
	@org.springframework.web.bind.annotation.DeleteMapping("/partners/{code}/calendar-tokens")
	ResponseEntity<Void> revokeCalendarTokens(@PathVariable NationCode code, java.security.Principal user) {
		if (calendars.revokeCalendarTokens(code, user.getName()) == 0) {
			throw new RecordNotFoundException("calendar link of yours for", code);
		}
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<RequestSummary> ok(RequestSummary request) {
		return Versions.ok(request, request.version());
	}

}
