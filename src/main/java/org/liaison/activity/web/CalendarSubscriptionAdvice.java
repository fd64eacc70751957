package org.liaison.activity.web;

import java.security.Principal;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.ActivityService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Gives a partner's programme page the reader's calendar subscription, for a reader who may hold
 * a token for that partner's feed. It sits beside the page's handler rather than in it so that
 * the feed's links are kept in one place ({@link CalendarSubscriptionController}); the page shows
 * the section only when this attribute is there.
 */
@ControllerAdvice(assignableTypes = ActivityPageController.class)
class CalendarSubscriptionAdvice {

	/** The programme page's mapping in {@link ActivityPageController}. */
	static final String PROGRAMME = "/partners/{code}/programme";

	private final ActivityService activities;

	CalendarSubscriptionAdvice(ActivityService activities) {
		this.activities = activities;
	}

	@ModelAttribute
	void calendarSubscription(@PathVariable(required = false) @Nullable String code, @Nullable Principal user,
			Audience audience, HttpServletRequest request, Model model) {
		// The advice runs before every handler of the controller; only the programme page needs it.
		// The code is taken raw so that no other page fails on a variable that happens to share the name.
		if (code == null || user == null || !NationCode.isValid(code)
				|| !PROGRAMME.equals(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))) {
			return;
		}
		NationCode partner = NationCode.of(code);
		if (activities.mayHoldCalendarToken(partner, audience)) {
			model.addAttribute("calendarSubscription", new CalendarSubscription(partner,
					activities.calendarTokens(partner, user.getName()), true, null, null));
		}
	}

}
