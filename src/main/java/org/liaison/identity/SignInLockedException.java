package org.liaison.identity;

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
				? "Too many failed sign-ins to this account: signing in is paused until " + lock.until()
				: "Too many failed sign-ins from this address: signing in is paused until " + lock.until());
		this.lock = lock;
	}

	public SignInLock lock() {
		return lock;
	}

}
