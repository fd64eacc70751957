package org.liaison.transit;

import java.util.Arrays;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

/**
 * What may be done to a transit request after it was submitted, as URLs name it. The
 * requesting Ally may withdraw; everything else is for NATO staff.
 */
@RequiredArgsConstructor
public enum TransitAction {

	REVIEW("review", false, "taken under review"), APPROVE("approve", false, "approved"),
	REJECT("reject", true, "rejected"), WITHDRAW("withdraw", false, "withdrawn"),
	COMPLETE("complete", false, "completed"), URGENT("urgent", true, "marked urgent");

	private final String slug;

	private final boolean needsReason;

	private final String pastTense;

	/**
	 * What the request is once the action is taken, as a refusal names it ("cannot be
	 * approved").
	 */
	public String pastTense() {
		return pastTense;
	}

	public String slug() {
		return slug;
	}

	public boolean needsReason() {
		return needsReason;
	}

	/** Whether the requesting Ally may take it (the others are NATO staff's). */
	public boolean byAlly() {
		return this == WITHDRAW;
	}

	public static Optional<TransitAction> fromSlug(String slug) {
		return Arrays.stream(values()).filter(action -> action.slug.equals(slug)).findFirst();
	}

	/** Whether the status allows this action (dates aside). */
	public boolean allowedFrom(TransitStatus status) {
		return switch (this) {
			case REVIEW -> status == TransitStatus.SUBMITTED;
			case APPROVE, REJECT -> status == TransitStatus.UNDER_REVIEW;
			case WITHDRAW, URGENT -> status == TransitStatus.SUBMITTED || status == TransitStatus.UNDER_REVIEW
					|| status == TransitStatus.APPROVED;
			case COMPLETE -> status == TransitStatus.APPROVED;
		};
	}

	/** Why the status does not allow this action, as a refusal explains it. */
	public String hint(TransitStatus status) {
		if (status.closed()) {
			return "it is closed";
		}
		return switch (this) {
			case REVIEW -> "it has been taken under review already";
			case APPROVE, REJECT ->
				status == TransitStatus.SUBMITTED ? "take it under review first" : "it has been decided already";
			case COMPLETE -> "only an approved request is completed";
			case WITHDRAW, URGENT -> "it is closed";
		};
	}

}
