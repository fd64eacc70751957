package org.liaison.identity.web;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.liaison.identity.SignInLock;
import org.liaison.identity.SignInLockedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers an API call that needs credentials with 401, a Basic challenge and a problem
 * document; one whose account or address is locked after too many failed sign-ins with
 * 429, {@code Retry-After} and a problem document that says until when.
 */
@RequiredArgsConstructor
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final Clock clock;

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException authException) throws IOException {
		if (authException instanceof SignInLockedException locked) {
			writeLocked(response, locked.lock(), clock.instant());
			return;
		}
		response.setHeader("WWW-Authenticate", "Basic realm=\"Liaison\"");
		write(response, HttpStatus.UNAUTHORIZED, "Sign in required",
				"This call needs the credentials of an account allowed to make it.");
	}

	static void writeLocked(HttpServletResponse response, SignInLock lock, Instant now) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(lock.secondsLeft(now)));
		String detail = (lock.scope() == SignInLock.Scope.ACCOUNT ? "Too many failed sign-ins to this account"
				: "Too many failed sign-ins from this address")
				+ ": signing in is paused until %s (about %d minutes). Try again then%s.".formatted(
						lock.until().truncatedTo(ChronoUnit.SECONDS), lock.minutesLeft(now),
						lock.scope() == SignInLock.Scope.ACCOUNT ? ", or ask an administrator to lift the lock" : "");
		HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"Sign-in paused\",\"status\":%d,\"detail\":\"%s\",\"lockedUntil\":\"%s\"}"
				.formatted(status.value(), detail, lock.until()));
	}

	static void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"%s\",\"status\":%d,\"detail\":\"%s\"}".formatted(title,
					status.value(), detail));
	}

}
