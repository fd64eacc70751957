package org.liaison.identity.web;

import java.security.Principal;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

import org.jspecify.annotations.Nullable;
import org.liaison.identity.AccountService;
import org.liaison.identity.SignInLockedException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own new password, with the current one: answered 204, after which the
 * account's API tokens are gone (the one that made the call too) and its browser sessions
 * end. A wrong current password is a 400 on {@code oldPassword} and counts as a failed
 * sign-in; while signing in is paused, the answer is 429 with {@code Retry-After}, as for
 * a sign-in.
 */
@RestController
record OwnPasswordApiController(AccountService accounts, Clock clock) {

	static final String PASSWORD = "/api/v1/account/password";

	record PasswordChange(@Nullable String oldPassword, @Nullable String newPassword) {
	}

	@PostMapping(PASSWORD)
	ResponseEntity<Void> change(@RequestBody(required = false) @Nullable PasswordChange change, Principal user,
			HttpServletRequest request) {
		accounts.changeOwnPassword(user.getName(), change == null ? null : change.oldPassword(),
				change == null ? null : change.newPassword(), request.getRemoteAddr());
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(SignInLockedException.class)
	void locked(SignInLockedException ex, HttpServletResponse response) throws IOException {
		ProblemAuthenticationEntryPoint.writeLocked(response, ex.lock(), clock.instant());
	}

}
