package org.liaison.identity.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import lombok.RequiredArgsConstructor;
import org.liaison.identity.AccountService;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the browser session of an account that was disabled after it signed in, or whose
 * password was set again since (by its holder elsewhere, or by an administrator). Sign-in
 * checks the account once; without this, a disabled person, or someone who learnt the old
 * password, would keep working until the session timed out. The request goes on as
 * anonymous, so a public page still shows and any other asks to sign in. The API needs no
 * such check: it authenticates every call.
 */
@RequiredArgsConstructor
class StaleSessionFilter extends OncePerRequestFilter {

	/** The password generation the session signed in with. */
	static final String PASSWORD_GENERATION = StaleSessionFilter.class.getName() + ".passwordGeneration";

	private final AccountService accounts;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	/**
	 * Notes which password the session holds: at sign-in, and after its holder set a new
	 * one through it.
	 */
	static void notePassword(HttpServletRequest request, int passwordGeneration) {
		request.getSession().setAttribute(PASSWORD_GENERATION, passwordGeneration);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = contexts.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			HttpSession session = request.getSession(false);
			Integer generation = session == null ? null : (Integer) session.getAttribute(PASSWORD_GENERATION);
			if (accounts.sessionHasEnded(authentication.getName(), generation)) {
				contexts.clearContext();
				if (session != null) {
					session.invalidate();
				}
			}
		}
		chain.doFilter(request, response);
	}

}
