package org.liaison.activity.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.ActivityType;
import org.liaison.activity.Decision;
import org.liaison.activity.EventService;
import org.liaison.activity.EventStatus;
import org.liaison.activity.EventSummary;
import org.liaison.activity.MenuQuery;
import org.liaison.activity.MenuService;
import org.liaison.activity.ParticipationService;
import org.liaison.activity.RequestData;
import org.liaison.activity.RequestStatus;
import org.liaison.activity.RequestSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.web.FormErrors;
import org.liaison.web.FormSubmission;
import org.liaison.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages of the menu: the menu with facets (one URL answers the page and, for htmx, the
 * results fragment; every filter is a GET parameter so a search can be bookmarked), an
 * activity, and an event with its fill, requests, request form and the decisions taken on
 * it. The pages across activities are {@link OverviewPageController}'s.
 */
@Controller
record ActivityPageController(MenuService menu, EventService events, ParticipationService participation) {

	@GetMapping("/activities")
	String menu(@RequestParam(required = false) @Nullable String area,
			@RequestParam(required = false) @Nullable String discipline,
			@RequestParam(required = false) @Nullable ActivityType type,
			@RequestParam(required = false) @Nullable String provider,
			@RequestParam(required = false) @Nullable String framework,
			@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String language,
			@RequestParam(required = false) @Nullable String q, PageOf.Request page, Audience audience,
			HttpServletRequest request, Model model) {
		MenuQuery query = new MenuQuery(ActivityApiController.blank(area), ActivityApiController.blank(discipline),
				type, ActivityApiController.blank(provider), ActivityApiController.blank(framework), from, to,
				ActivityApiController.blank(language), ActivityApiController.blank(q));
		model.addAttribute("query", query);
		model.addAttribute("menu", menu.menu(query, audience, page));
		model.addAttribute("areas", menu.areas());
		model.addAttribute("disciplines", menu.disciplines());
		model.addAttribute("providers", menu.providers(audience));
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("frameworks", menu.frameworks());
		model.addAttribute("baseUrl", "/activities" + queryString(query));
		return Htmx.view(request, "activity/activityList", "activity/activityTable");
	}

	/** The filters as a query string, for the pager and bookmarks. */
	static String queryString(MenuQuery query) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("area", query.area());
		params.put("discipline", query.discipline());
		params.put("type", query.type());
		params.put("provider", query.provider());
		params.put("framework", query.framework());
		params.put("from", query.from());
		params.put("to", query.to());
		params.put("language", query.language());
		params.put("q", query.text());
		StringBuilder out = new StringBuilder();
		params.forEach((name, value) -> {
			if (value != null) {
				out.append(out.isEmpty() ? "?" : "&")
					.append(name)
					.append('=')
					.append(URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8));
			}
		});
		return out.toString();
	}

	@GetMapping("/activities/{ref}")
	String activity(@PathVariable String ref, Audience audience, Model model) {
		var activity = menu.activity(ref, audience);
		model.addAttribute("activity", activity);
		model.addAttribute("events", events.events(ref, audience));
		model.addAttribute("canKeep", MenuService.keeps(audience, activity.provider()));
		return "activity/activity";
	}

	@GetMapping("/events/{id}")
	String event(@PathVariable UUID id, Audience audience, Model model) {
		return eventPage(id, audience, model, FormErrors.none(), Map.of(), null);
	}

	private String eventPage(UUID id, Audience audience, Model model, FormErrors errors, Map<String, String> form,
			@Nullable String message) {
		EventSummary event = events.event(id, audience);
		model.addAttribute("event", event);
		boolean keeps = MenuService.keeps(audience, event.provider());
		List<RequestSummary> requests = audience.kind() == Audience.Kind.PUBLIC && !keeps ? List.of()
				: participation.requestsOfEvent(id, audience);
		model.addAttribute("requests", requests);
		model.addAttribute("canDecide", audience.isNatoStaff());
		model.addAttribute("canKeep", keeps);
		model.addAttribute("isPartner", audience.kind() == Audience.Kind.PARTNER);
		model.addAttribute("canRecordAttendance",
				keeps && (event.status() == EventStatus.CLOSED || event.status() == EventStatus.HELD));
		// A partner has one request per event; once withdrawn it may ask again.
		model.addAttribute("canAsk", audience.kind() == Audience.Kind.PARTNER && event.status().takesRequests()
				&& requests.stream().allMatch(r -> r.status() == RequestStatus.WITHDRAWN));
		model.addAttribute("errors", errors);
		model.addAttribute("form", form);
		model.addAttribute("message", message);
		return "activity/event";
	}

	@PostMapping("/events/{id}/requests")
	String ask(@PathVariable UUID id, @RequestParam Map<String, String> form, Audience audience, Model model,
			RedirectAttributes redirect) {
		NationCode partner = audience.nation();
		return onEventPage(id, audience, model, form, () -> {
			if (partner == null) {
				throw new RuleViolationException("Only a partner's coordinators request places on this page");
			}
			int seats = parse(form.get("seats"), "seats");
			int priority = form.getOrDefault("priority", "").isBlank() ? 3 : parse(form.get("priority"), "priority");
			participation.request(id, partner, new RequestData(seats, priority, form.get("planGoal"), List.of(), false),
					audience);
			redirect.addFlashAttribute("flash", "activity.request.sent");
			return "redirect:/events/" + id;
		});
	}

	/**
	 * A write from the event page: a refusal of the input is shown beside its field, a
	 * broken rule as the page's message, and the page keeps what was typed.
	 */
	private String onEventPage(UUID event, Audience audience, Model model, Map<String, String> form,
			Supplier<String> action) {
		try {
			return FormSubmission.attempt(action, errors -> eventPage(event, audience, model, errors, form, null));
		}
		catch (RuleViolationException ex) {
			return eventPage(event, audience, model, FormErrors.none(), form, ex.getMessage());
		}
	}

	private static int parse(@Nullable String value, String field) {
		try {
			return Integer.parseInt(value == null ? "" : value.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of(field, "is a whole number");
		}
	}

	@PostMapping("/participation-requests/{id}/{decision:approve|waitlist|decline}")
	String decide(@PathVariable UUID id, @PathVariable String decision,
			@RequestParam(required = false) @Nullable String reason, Audience audience) {
		RequestSummary request = switch (decision) {
			case "approve" -> participation.approve(id, null);
			case "waitlist" -> participation.waitlist(id, null);
			default -> participation.decline(id, null, reason);
		};
		return "redirect:/events/" + eventOf(request) + "#requests";
	}

	/**
	 * The event a request is for, to go back to; a request whose activity the reader may
	 * no longer see has no event page for that reader.
	 */
	private static UUID eventOf(RequestSummary request) {
		UUID event = request.eventId();
		if (event == null) {
			throw new RecordNotFoundException("event of participation request", request.id());
		}
		return event;
	}

	@PostMapping("/participation-requests/bulk")
	String bulk(@RequestParam("ids") List<UUID> ids, @RequestParam Decision decision, @RequestParam UUID event,
			@RequestParam(required = false) @Nullable String reason) {
		participation.bulk(ids, decision, reason);
		return "redirect:/events/" + event + "#requests";
	}

	@PostMapping("/participation-requests/{id}/withdraw")
	String withdraw(@PathVariable UUID id, Audience audience) {
		RequestSummary request = participation.withdraw(id, null, audience);
		// Withdrawn from a programme, if its activity is no longer shown to the partner.
		return request.withheld() ? "redirect:/partners/" + request.partner().value() + "/programme"
				: "redirect:/events/" + request.eventId();
	}

	@PostMapping("/participation-requests/{id}/attendance")
	String attendance(@PathVariable UUID id, @RequestParam boolean attended, Audience audience) {
		RequestSummary request = participation.attendance(id, null, attended, audience);
		return "redirect:/events/" + eventOf(request) + "#requests";
	}

	/** Staff move an event along its lifecycle; cancelling needs a reason. */
	@PostMapping("/events/{id}/{move:open|close|hold|cancel}")
	String moveEvent(@PathVariable UUID id, @PathVariable String move,
			@RequestParam(required = false) @Nullable String reason, Audience audience, Model model) {
		EventStatus to = EventStatus.reachedBy(move);
		return onEventPage(id, audience, model, Map.of(), () -> {
			events.moveEvent(id, null, to, reason, audience);
			return "redirect:/events/" + id;
		});
	}

	@PostMapping("/participation-requests/{id}/feedback")
	String feedback(@PathVariable UUID id, @RequestParam Map<String, String> form, Audience audience, Model model) {
		UUID event = eventOf(participation.request(id, audience));
		return onEventPage(event, audience, model, form, () -> {
			participation.feedback(id, null, parse(form.get("rating"), "rating"), form.get("comment"), audience);
			return "redirect:/events/" + event;
		});
	}

	/** A partner's coordinator names the people for its places, one a line. */
	@PostMapping("/participation-requests/{id}/nominees")
	String nominees(@PathVariable UUID id, @RequestParam(defaultValue = "") String nominees, Audience audience,
			Model model, RedirectAttributes redirect) {
		UUID event = eventOf(participation.request(id, audience));
		return onEventPage(event, audience, model, Map.of(), () -> {
			try {
				participation.nominate(id, null, NomineeLines.read(nominees), audience);
			}
			catch (InvalidInputException ex) {
				// The nominees are one text field: every problem of every line goes
				// beside it.
				throw InvalidInputException.of("nominees",
						ex.problems()
							.stream()
							.map(p -> p.field().equals("nominees") ? p.message() : p.field() + " " + p.message())
							.collect(Collectors.joining("; ")));
			}
			redirect.addFlashAttribute("flash", "activity.nominees.saved");
			return "redirect:/events/" + event;
		});
	}

}
