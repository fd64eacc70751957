package org.liaison.identity.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginPageController {

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		// Spring Security comes back to /login?error after a failed attempt; the
		// parameter has no value.
		model.addAttribute("failed", request.getParameterMap().containsKey("error"));
		return "identity/login";
	}

}
