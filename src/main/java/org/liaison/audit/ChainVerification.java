package org.liaison.audit;

import org.jspecify.annotations.Nullable;

/**
 * What a walk of the audit chain found: every entry follows from the one before it, or
 * the first that does not, and why.
 *
 * @param entries how many entries were checked when the chain is intact
 * @param brokenAt the first entry that does not follow from the one before, if any
 */
public record ChainVerification(boolean intact, long entries, @Nullable Long brokenAt, @Nullable String reason) {

	public static ChainVerification intact(long entries) {
		return new ChainVerification(true, entries, null, null);
	}

	public static ChainVerification brokenAt(long seq, String reason) {
		return new ChainVerification(false, 0, seq, reason);
	}

	/** The verification as one line, for a person or a log. */
	public String summary() {
		return intact ? "The audit trail is intact: " + entries + " entries checked."
				: "The audit trail is broken at entry " + brokenAt + ": " + reason + ".";
	}

}
