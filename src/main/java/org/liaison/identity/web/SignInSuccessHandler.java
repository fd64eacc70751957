package org.liaison.identity.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.identity.AccountService;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a form sign-in: notes in the session which password it signed in with (see
 * {@link StaleSessionFilter}), then goes on to the page first asked for, or the records.
 */
class SignInSuccessHandler implements AuthenticationSuccessHandler {

	private final AccountService accounts;

	private final SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	SignInSuccessHandler(AccountService accounts) {
		this.accounts = accounts;
		next.setDefaultTargetUrl("/records");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		StaleSessionFilter.notePassword(request, accounts.passwordGeneration(authentication.getName()));
		next.onAuthenticationSuccess(request, response, authentication);
	}

}
