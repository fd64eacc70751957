package org.liaison.activity.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.ActivityData;
import org.liaison.activity.ActivitySummary;
import org.liaison.activity.ActivityType;
import org.liaison.activity.CsvImportReport;
import org.liaison.activity.EventData;
import org.liaison.activity.EventService;
import org.liaison.activity.EventStatus;
import org.liaison.activity.EventSummary;
import org.liaison.activity.MenuPage;
import org.liaison.activity.MenuQuery;
import org.liaison.activity.MenuService;
import org.liaison.activity.ProviderFill;
import org.liaison.activity.ReferenceItem;
import org.liaison.shared.Audience;
import org.liaison.shared.PageOf;
import org.liaison.web.IfMatch;
import org.liaison.web.Versions;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * JSON API of the menu (its reference data, the activities, the menu as CSV) and of the
 * events with their fill. The participation requests have an API of their own
 * ({@link ParticipationApiController}).
 */
@RestController
@RequestMapping("/api/v1")
record ActivityApiController(MenuService menu, EventService events) {

	static final String CSV = "text/csv";

	@GetMapping("/activity-areas")
	List<ReferenceItem> areas() {
		return menu.areas();
	}

	@PostMapping("/activity-areas")
	ResponseEntity<ReferenceItem> putArea(@Valid @RequestBody ReferenceItem item) {
		return menu.putArea(item) ? Versions.created("/api/v1/activity-areas/" + item.code(), item)
				: ResponseEntity.ok(item);
	}

	@GetMapping("/activity-disciplines")
	List<ReferenceItem> disciplines() {
		return menu.disciplines();
	}

	@PostMapping("/activity-disciplines")
	ResponseEntity<ReferenceItem> putDiscipline(@Valid @RequestBody ReferenceItem item) {
		return menu.putDiscipline(item) ? Versions.created("/api/v1/activity-disciplines/" + item.code(), item)
				: ResponseEntity.ok(item);
	}

	@GetMapping("/activities")
	MenuPage menu(@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String discipline,
			@RequestParam(required = false) @Nullable ActivityType type,
			@RequestParam(required = false) @Nullable String provider,
			@RequestParam(required = false) @Nullable String framework,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String q, PageOf.Request page, Audience audience) {
		return menu.menu(new MenuQuery(blank(area), blank(discipline), type, blank(provider), blank(framework), from,
				to, blank(language), blank(q)), audience, page);
	}

	static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@PostMapping("/activities")
	ResponseEntity<ActivitySummary> add(@RequestBody ActivityData data, Audience audience) {
		return Versions.created(menu.addActivity(data, audience), activity -> "/api/v1/activities/" + activity.ref());
	}

	@GetMapping("/activities/{ref}")
	ResponseEntity<ActivitySummary> activity(@PathVariable String ref, Audience audience) {
		return Versions.ok(menu.activity(ref, audience));
	}

	@PutMapping("/activities/{ref}")
	ResponseEntity<ActivitySummary> revise(@PathVariable String ref, @IfMatch long version,
			@RequestBody ActivityData data, Audience audience) {
		return Versions.ok(menu.reviseActivity(ref, version, data, audience));
	}

	@GetMapping("/activities/{ref}/events")
	List<EventSummary> events(@PathVariable String ref, Audience audience) {
		return events.events(ref, audience);
	}

	@PostMapping("/activities/{ref}/events")
	ResponseEntity<EventSummary> addEvent(@PathVariable String ref, @Valid @RequestBody EventData data,
			Audience audience) {
		return Versions.created(events.addEvent(ref, data, audience), event -> "/api/v1/events/" + event.id());
	}

	@GetMapping("/events/{id}")
	ResponseEntity<EventSummary> event(@PathVariable UUID id, Audience audience) {
		return Versions.ok(events.event(id, audience));
	}

	@PutMapping("/events/{id}")
	ResponseEntity<EventSummary> reviseEvent(@PathVariable UUID id, @IfMatch long version,
			@Valid @RequestBody EventData data, Audience audience) {
		return Versions.ok(events.reviseEvent(id, version, data, audience));
	}

	record Reason(@Nullable String reason) {
	}

	/**
	 * Moves an event: {@code open}, {@code close}, {@code hold}, {@code cancel} (with a
	 * reason).
	 */
	@PostMapping("/events/{id}/{move:open|close|hold|cancel}")
	ResponseEntity<EventSummary> moveEvent(@PathVariable UUID id, @PathVariable String move,
			@IfMatch @Nullable Long version, @RequestBody(required = false) @Nullable Reason reason,
			Audience audience) {
		EventStatus to = EventStatus.reachedBy(move);
		return Versions.ok(events.moveEvent(id, version, to, reason == null ? null : reason.reason(), audience));
	}

	@GetMapping("/activity-providers/fill")
	List<ProviderFill> providerFill(@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, Audience audience) {
		return events.providerFill(from, to, audience);
	}

	/**
	 * Written to the response as the activities are read: the whole menu may be large.
	 */
	@GetMapping(value = "/activities.csv", produces = CSV)
	void exportCsv(Audience audience, HttpServletResponse response) throws IOException {
		response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"activities.csv\"");
		menu.writeCsv(audience, response.getWriter());
	}

	@PostMapping(value = "/activities.csv", consumes = { CSV, MediaType.TEXT_PLAIN_VALUE })
	ResponseEntity<CsvImportReport> importCsv(@RequestBody String csv) {
		CsvImportReport report = menu.importCsv(csv);
		return ResponseEntity.status(report.ok() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
	}

}
