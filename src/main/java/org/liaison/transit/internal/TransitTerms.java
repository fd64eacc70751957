package org.liaison.transit.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.VersionedAggregate;
import org.liaison.transit.TransitTermsData;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The terms a transit agreement sets for requests under it: the notice period.
 */
@Table("transit_terms")
public class TransitTerms extends VersionedAggregate<TransitTerms> {

	private final UUID agreement;

	private int noticeDays;

	private boolean illustrative;

	private Instant updatedAt;

	TransitTerms(UUID id, UUID agreement) {
		super(id);
		this.agreement = agreement;
	}

	public static TransitTerms of(UUID agreement, int noticeDays, boolean illustrative, Instant at) {
		check(noticeDays);
		TransitTerms terms = new TransitTerms(UUID.randomUUID(), agreement);
		terms.set(noticeDays, illustrative, at);
		return terms;
	}

	public void set(int noticeDays, boolean illustrative, Instant at) {
		check(noticeDays);
		this.noticeDays = noticeDays;
		this.illustrative = illustrative;
		this.updatedAt = at;
	}

	/**
	 * Whether the terms already say what the data says: an import that finds so writes
	 * nothing.
	 */
	public boolean holds(TransitTermsData data) {
		return toData(data.agreementRef()).equals(data);
	}

	/**
	 * The terms as data, under the agreement's ref (which the agreement module keeps).
	 */
	public TransitTermsData toData(@Nullable String agreementRef) {
		return new TransitTermsData(agreementRef, noticeDays, illustrative);
	}

	private static void check(int noticeDays) {
		if (noticeDays < TransitTermsData.MIN_NOTICE_DAYS || noticeDays > TransitTermsData.MAX_NOTICE_DAYS) {
			throw InvalidInputException.of("noticeDays", "The notice period is from " + TransitTermsData.MIN_NOTICE_DAYS
					+ " to " + TransitTermsData.MAX_NOTICE_DAYS + " days, not " + noticeDays);
		}
	}

	public UUID agreement() {
		return agreement;
	}

	public int noticeDays() {
		return noticeDays;
	}

	public boolean illustrative() {
		return illustrative;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

}
