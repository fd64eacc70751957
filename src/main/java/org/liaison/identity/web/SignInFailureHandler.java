package org.liaison.identity.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.liaison.identity.SignInLockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the sign-in page after a failed form sign-in: {@code /login?error} for a wrong
 * username or password, {@code /login?locked} when signing in is paused, with the lock
 * kept in the session for the page to say until when. The lock is read from the session
 * and not from the address, so that no link can show someone a lock that is not there.
 */
class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

	static final String LOCKED = "/login?locked";

	SignInFailureHandler() {
		super("/login?error");
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		if (exception instanceof SignInLockedException) {
			request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, exception);
			getRedirectStrategy().sendRedirect(request, response, LOCKED);
			return;
		}
		super.onAuthenticationFailure(request, response, exception);
	}

}
