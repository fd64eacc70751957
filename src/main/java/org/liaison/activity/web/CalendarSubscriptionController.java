package org.liaison.activity.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.CalendarFeed;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A user's own links to a partner's calendar feed, managed from the partner's programme
 * page. Creating a link answers its token this once and never again (only its hash is
 * kept), so the answer is rendered rather than redirected: a redirect would have to park
 * the token in the session. Without script each form answers a page of its own; htmx
 * swaps the section in place.
 */
@Controller
record CalendarSubscriptionController(CalendarFeed calendars, PartnerService partners) {

	/**
	 * Issues a link to the signed-in user; another nation's partner is refused as not
	 * found.
	 */
	@PostMapping(CalendarSubscription.CREATE)
	String create(@PathVariable NationCode code, Principal user, Audience audience, HttpServletRequest request,
			Model model) {
		String token = calendars.issueCalendarToken(code, user.getName(), audience);
		// From the request, so that the link names whatever host and context path the
		// user reached.
		String link = ServletUriComponentsBuilder.fromContextPath(request)
			.path("/api/v1/partners/{code}/calendar.ics")
			.queryParam("token", token)
			.buildAndExpand(code.value())
			.toUriString();
		return answer(code, user, audience, link, null, request, model);
	}

	/**
	 * Revokes the signed-in user's links for the partner and no one else's. Not refused
	 * for a user who may no longer hold one (moved to another nation): it only removes
	 * what is their own.
	 */
	@PostMapping(CalendarSubscription.REVOKE)
	String revoke(@PathVariable NationCode code, Principal user, Audience audience, HttpServletRequest request,
			Model model) {
		int revoked = calendars.revokeCalendarTokens(code, user.getName());
		return answer(code, user, audience, null, revoked, request, model);
	}

	private String answer(NationCode code, Principal user, Audience audience, @Nullable String link,
			@Nullable Integer revoked, HttpServletRequest request, Model model) {
		model.addAttribute("subscription",
				new CalendarSubscription(code, calendars.calendarTokens(code, user.getName()),
						calendars.mayHoldCalendarToken(code, audience), link, revoked));
		if (Htmx.isHtmx(request)) {
			return "activity/calendarSubscriptionSection";
		}
		model.addAttribute("partnerName", partners.nation(code).name());
		return "activity/calendarSubscription";
	}

}
