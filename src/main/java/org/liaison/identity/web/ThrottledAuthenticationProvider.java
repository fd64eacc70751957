package org.liaison.identity.web;

import java.time.Duration;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.identity.SignInLockedException;
import org.liaison.identity.SignInThrottle;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a username and password, form login and HTTP Basic alike, under the
 * {@link SignInThrottle}: a locked account or address is refused before its password is
 * looked at (so a lock costs no bcrypt hash and tells nothing about the password), a
 * failure is counted and answered a little later each time, and a success ends the
 * account's count.
 */
@RequiredArgsConstructor
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final SignInThrottle throttle;

	@Override
	public Authentication authenticate(Authentication attempt) {
		String username = attempt.getName();
		String address = address(attempt);
		throttle.lock(username, address).ifPresent(lock -> {
			throw new SignInLockedException(lock);
		});
		Authentication signedIn;
		try {
			signedIn = passwords.authenticate(attempt);
		}
		catch (InternalAuthenticationServiceException ex) {
			// The accounts could not be read: no one's fault, no one's failure.
			throw ex;
		}
		catch (AuthenticationException ex) {
			// A disabled account is counted as a wrong password is, so that it locks
			// alike.
			SignInThrottle.Failure failure = throttle.failed(username, address);
			if (failure.lock() != null) {
				throw new SignInLockedException(failure.lock());
			}
			pause(failure.delay());
			throw ex;
		}
		throttle.succeeded(username);
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/**
	 * The client's address as the servlet container gives it: behind the proxies named in
	 * {@code LIAISON_TRUSTED_PROXIES}, the one they forwarded.
	 */
	static @Nullable String address(Authentication attempt) {
		return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
	}

	private static void pause(Duration delay) {
		if (delay.isZero()) {
			return;
		}
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
