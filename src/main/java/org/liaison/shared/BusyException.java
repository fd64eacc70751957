package org.liaison.shared;

/**
 * Liaison is doing as much of a heavy kind of work as it takes at once: the request was
 * refused without anything done, and may be made again after the given time. Told as 503
 * with {@code Retry-After}.
 */
public class BusyException extends RuntimeException {

	private final long retryAfterSeconds;

	public BusyException(String message, long retryAfterSeconds) {
		super(message);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}

}
