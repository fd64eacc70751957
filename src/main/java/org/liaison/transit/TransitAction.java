package org.liaison.transit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What may be done to a transit request after it was submitted, as URLs name it. The requesting
 * Ally may withdraw; everything else is for NATO staff.
 */
public enum TransitAction {

	REVIEW("review", false), APPROVE("approve", false), REJECT("reject", true), WITHDRAW("withdraw", false),
	COMPLETE("complete", false), URGENT("urgent", true);

	private final String slug;

	private final boolean needsReason;

	TransitAction(String slug, boolean needsReason) {
		this.slug = slug;
		this.needsReason = needsReason;
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

}
