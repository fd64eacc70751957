package org.liaison.identity.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.liaison.identity.SignInLockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page; after a failure it says what went wrong: a wrong username or
 * password, or that signing in is paused until a given time after too many failures.
 */
@Controller
record LoginPageController(Clock clock) {

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		// Spring Security comes back to /login?error after a failed attempt; the
		// parameter has no value.
		boolean failed = request.getParameterMap().containsKey("error");
		if (request.getParameterMap().containsKey("locked")) {
			HttpSession session = request.getSession(false);
			Object exception = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
			if (exception instanceof SignInLockedException locked && locked.lock().until().isAfter(clock.instant())) {
				model.addAttribute("lock", locked.lock());
				model.addAttribute("lockMinutes", locked.lock().minutesLeft(clock.instant()));
			}
			else {
				failed = true;
			}
		}
		model.addAttribute("failed", failed);
		return "identity/login";
	}

}
