package org.liaison.plan;

import lombok.RequiredArgsConstructor;

/**
 * A judgement of how a node of a plan stands. The rank orders the ratings from worst to
 * best; {@link #CANCELLED} has none: it is neither progress nor slippage and is left out
 * of roll-ups.
 */
@RequiredArgsConstructor
public enum Rating {

	NOT_STARTED(3, "secondary"), ON_TRACK(4, "primary"), DELAYED(2, "warning"), AT_RISK(1, "danger"),
	ACHIEVED(5, "success"), CANCELLED(0, "dark");

	private final int rank;

	private final String colour;

	/** Higher is better; 0 for a cancelled node. */
	public int rank() {
		return rank;
	}

	public boolean counts() {
		return this != CANCELLED;
	}

	/**
	 * Whether this rating is worse than the other (cancelled is never worse nor better).
	 */
	public boolean worseThan(Rating other) {
		return counts() && other.counts() && rank < other.rank;
	}

	/** The Bootstrap colour of its badge. */
	public String colour() {
		return colour;
	}

}
