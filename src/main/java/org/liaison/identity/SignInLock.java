package org.liaison.identity;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A pause on signing in after too many failures: of an account (whatever the address) or
 * of a client address (whatever the account), until the instant given. Serializable, as a
 * form sign-in keeps it in the session for the sign-in page to tell.
 */
public record SignInLock(Scope scope, Instant until) implements Serializable {

	public enum Scope {

		/** The username typed, whether or not such an account exists. */
		ACCOUNT,

		/** The address the attempts come from. */
		ADDRESS

	}

	/** Whole seconds until the lock ends, at least one: what {@code Retry-After} says. */
	public long secondsLeft(Instant now) {
		return Math.max(1, Duration.between(now, until).toSeconds() + 1);
	}

	/** Whole minutes until the lock ends, at least one: what a person is told. */
	public long minutesLeft(Instant now) {
		return Math.max(1, (secondsLeft(now) + 59) / 60);
	}

}
