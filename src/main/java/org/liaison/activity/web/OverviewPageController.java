package org.liaison.activity.web;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.AreaProgramme;
import org.liaison.activity.CalendarFeed;
import org.liaison.activity.EventService;
import org.liaison.activity.EventSummary;
import org.liaison.activity.ParticipationCount;
import org.liaison.activity.ParticipationService;
import org.liaison.activity.RequestSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages that read across activities: a partner's annual programme with its chart and
 * calendar links, the month calendar and the fill of the events. Each opens, when nothing
 * is asked for and nothing falls in the present, on the last span that has something to
 * show.
 */
@Controller
record OverviewPageController(EventService events, ParticipationService participation, CalendarFeed calendars,
		PartnerService partners) {

	@GetMapping("/partners/{code}/programme")
	String programme(@PathVariable NationCode code, @RequestParam(required = false) @Nullable Integer year,
			PageOf.Request page, Audience audience, java.security.@Nullable Principal user, Model model) {
		int shown = year == null ? Year.now().getValue() : year;
		var requests = participation.programme(code, shown, audience, page);
		var counts = participation.participation(code, audience);
		if (year == null && noneOfTheYear(requests) && !counts.isEmpty()) {
			// Nothing this year (a record of past years, such as the demo's): open on the
			// last year with places.
			shown = counts.stream().mapToInt(ParticipationCount::year).max().orElse(shown);
			requests = participation.programme(code, shown, audience, page);
		}
		model.addAttribute("partner", code);
		model.addAttribute("partnerName", partners.nation(code).name());
		model.addAttribute("year", shown);
		model.addAttribute("requests", requests);
		model.addAttribute("programme", AreaProgramme.of(requests.items()));
		model.addAttribute("noneOfTheYear", noneOfTheYear(requests));
		model.addAttribute("baseUrl", "/partners/" + code + "/programme?year=" + shown
				+ (requests.size() == PageOf.DEFAULT_SIZE ? "" : "&size=" + requests.size()));
		model.addAttribute("chart", ActivityCharts.participation(counts));
		if (user != null && calendars.mayHoldCalendarToken(code, audience)) {
			model.addAttribute("calendarSubscription",
					new CalendarSubscription(code, calendars.calendarTokens(code, user.getName()), true, null, null));
		}
		return "activity/programme";
	}

	/**
	 * Whether the year has no request the reader sees what it is for: those come first,
	 * so a first page without one tells that there are none; a later page tells nothing.
	 */
	private static boolean noneOfTheYear(PageOf<RequestSummary> requests) {
		return requests.page() == 0 && requests.items().stream().allMatch(RequestSummary::withheld);
	}

	@GetMapping("/calendar")
	String calendar(@RequestParam(required = false) @Nullable String month, Audience audience, Model model) {
		YearMonth shown;
		try {
			shown = month == null || month.isBlank() ? YearMonth.now() : YearMonth.parse(month.strip());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInputException.of("month", "'" + month + "' is not a month such as 2015-03");
		}
		List<EventSummary> shownEvents = events.eventsBetween(shown.atDay(1), shown.atEndOfMonth(), audience);
		if ((month == null || month.isBlank()) && shownEvents.isEmpty()) {
			// Nothing this month (a record of past years, such as the demo's): open on
			// the month of the last event.
			var last = events.lastEventStartSeenBy(audience);
			if (last.isPresent()) {
				shown = YearMonth.from(last.get());
				shownEvents = events.eventsBetween(shown.atDay(1), shown.atEndOfMonth(), audience);
			}
		}
		model.addAttribute("month", shown);
		model.addAttribute("events", shownEvents);
		model.addAttribute("weeks", CalendarMonth.weeks(shown, shownEvents));
		return "activity/eventCalendar";
	}

	/**
	 * The fill of events: every provider's for the alliance, its own for a provider (its
	 * working page: each event links to its requests and attendance). A partner sees no
	 * other partner's demand here. {@code from} and {@code to} choose the span (a year
	 * back and three ahead by default).
	 */
	@GetMapping("/activity-fill")
	String fill(@RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, PageOf.Request page, Audience audience,
			Model model) {
		LocalDate start = from == null ? LocalDate.now().minusYears(1) : from;
		LocalDate end = to == null ? start.plusYears(4) : to;
		if (end.isBefore(start) || end.isAfter(start.plusYears(10))) {
			throw InvalidInputException.of("to", "is after 'from' and at most ten years later");
		}
		PageOf<EventSummary> filled = events.eventFill(start, end, audience, page);
		if (from == null && to == null && filled.total() == 0) {
			// Nothing now or ahead (a record of past years, such as the demo's): show the
			// last year that has events.
			var last = events.lastEventStart(audience);
			if (last.isPresent()) {
				start = last.get().withDayOfYear(1);
				end = start.plusYears(1).minusDays(1);
				filled = events.eventFill(start, end, audience, page);
			}
		}
		model.addAttribute("providers", events.providerFill(start, end, audience));
		model.addAttribute("events", filled);
		model.addAttribute("baseUrl", "/activity-fill?from=" + start + "&to=" + end);
		model.addAttribute("provider", audience.isAlliance() ? null : audience.provider());
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		return "activity/eventFill";
	}

}
