package org.liaison.identity;

import java.time.temporal.ChronoUnit;

import org.springframework.security.core.AuthenticationException;

/**
 * Signing in was refused without a look at the password, because the account or the
 * address is locked after too many failures. An {@link AuthenticationException}, so that
 * form login and HTTP Basic answer it through their own failure paths.
 */
public class SignInLockedException extends AuthenticationException {

	private final SignInLock lock;

	public SignInLockedException(SignInLock lock) {
		super(lock.scope() == SignInLock.Scope.ACCOUNT
				? "Too many failed sign-ins to this account: signing in is paused until " + until(lock)
				: "Too many failed sign-ins from this address: signing in is paused until " + until(lock));
		this.lock = lock;
	}

	/** To the second, in UTC: 2025-03-01T14:05:09Z. */
	static String until(SignInLock lock) {
		return lock.until().truncatedTo(ChronoUnit.SECONDS).toString();
	}

	public SignInLock lock() {
		return lock;
	}

}
