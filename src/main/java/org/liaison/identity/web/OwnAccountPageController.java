package org.liaison.identity.web;

import java.security.Principal;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.AccountService;
import org.liaison.identity.ApiTokenIssued;
import org.liaison.identity.ApiTokenService;
import org.liaison.identity.SignInLockedException;
import org.liaison.shared.InvalidInputException;
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
 * The signed-in person's own account: who it is, a new password (with the current one)
 * and its personal API tokens, for any role. Issuing a token answers it this once and
 * never again (only its hash is kept), so the answer is rendered rather than redirected:
 * a redirect would have to park the token in the session. Without script each form
 * answers a page; htmx swaps the tokens section in place.
 */
@Controller
record OwnAccountPageController(AccountService accounts, ApiTokenService tokens) {

	static final String ACCOUNT = "/account";

	static final String TOKENS = ApiTokenSection.ISSUE;

	static final String REVOKE_PATTERN = TOKENS + "/*/revoke";

	static final String PASSWORD = ACCOUNT + "/password";

	@GetMapping(ACCOUNT)
	String account(Principal user, Model model) {
		// Set by a revocation without script, which redirects back here.
		String revoked = (String) model.getAttribute("revoked");
		return answer(user, null, revoked, "", FormErrors.none(), false, model);
	}

	/**
	 * A new password: the tokens go (the section shows none left) and every other session
	 * ends, while this one notes the new password and stays signed in. A wrong current
	 * password counts as a failed sign-in; once signing in is paused, the form says until
	 * when.
	 */
	@PostMapping(PASSWORD)
	String changePassword(@RequestParam(defaultValue = "") String oldPassword,
			@RequestParam(defaultValue = "") String newPassword, Principal user, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		return FormSubmission.attempt(() -> {
			try {
				accounts.changeOwnPassword(user.getName(), oldPassword, newPassword, request.getRemoteAddr());
			}
			catch (SignInLockedException ex) {
				throw InvalidInputException.of("oldPassword", ex.getMessage());
			}
			StaleSessionFilter.notePassword(request, accounts.passwordGeneration(user.getName()));
			redirect.addFlashAttribute("passwordChanged", true);
			return "redirect:" + ACCOUNT;
		}, errors -> {
			model.addAttribute("passwordErrors", errors);
			return answer(user, null, null, "", FormErrors.none(), false, model);
		});
	}

	@PostMapping(TOKENS)
	String issue(@RequestParam(defaultValue = "") String name, Principal user, HttpServletRequest request,
			Model model) {
		return FormSubmission.attempt(() -> {
			ApiTokenIssued issued;
			try {
				issued = tokens.issue(user.getName(), name);
			}
			catch (RuleViolationException ex) {
				// Not a problem of the name, but told beside the form all the same, where
				// it was asked.
				throw InvalidInputException.of("", ex.getMessage());
			}
			return answer(user, issued, null, "", FormErrors.none(), Htmx.isHtmx(request), model);
		}, errors -> answer(user, null, null, name, errors, Htmx.isHtmx(request), model));
	}

	@PostMapping(TOKENS + "/{id}/revoke")
	String revoke(@PathVariable UUID id, Principal user, HttpServletRequest request, Model model,
			RedirectAttributes redirect) {
		String revoked = tokens.revoke(user.getName(), id).name();
		if (Htmx.isHtmx(request)) {
			return answer(user, null, revoked, "", FormErrors.none(), true, model);
		}
		redirect.addFlashAttribute("revoked", revoked);
		return "redirect:" + ACCOUNT;
	}

	private String answer(Principal user, @Nullable ApiTokenIssued issued, @Nullable String revoked, String name,
			FormErrors errors, boolean fragment, Model model) {
		model.addAttribute("tokenSection",
				new ApiTokenSection(tokens.tokens(user.getName()), issued, revoked, name, errors));
		if (fragment) {
			return "identity/apiTokenSection";
		}
		model.addAttribute("account", accounts.account(user.getName()));
		if (!model.containsAttribute("passwordErrors")) {
			model.addAttribute("passwordErrors", FormErrors.none());
		}
		return "identity/account";
	}

}
