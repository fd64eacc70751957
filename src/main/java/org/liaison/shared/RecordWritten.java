package org.liaison.shared;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A write that a module made with its own SQL rather than by saving an aggregate through
 * Spring Data (a ledger entry, a plan's tree, a batch of imported activities): the module
 * publishes it so that whoever keeps track of changes learns of it as of an aggregate's.
 * The values are as they read to a person, keyed by field; a field absent from
 * {@code before} did not exist before (a created record), one absent from {@code after}
 * no longer does (a deleted one).
 *
 * @param kind what sort of record it is, such as {@code FundTransaction}
 * @param id the record's id, or its code for reference data
 * @param ref the record's reference as users know it, where it has one
 * @param action what happened: {@code created}, {@code changed}, {@code deleted} or a
 * word of the record's own, such as {@code issued}
 */
public record RecordWritten(String kind, String id, @Nullable String ref, @Nullable NationCode partner,
		@Nullable Releasability releasability, String action, Map<String, @Nullable String> before,
		Map<String, @Nullable String> after) {

	public static RecordWritten created(String kind, String id, @Nullable String ref, @Nullable NationCode partner,
			@Nullable Releasability releasability, Map<String, @Nullable String> values) {
		return new RecordWritten(kind, id, ref, partner, releasability, "created", Map.of(), values);
	}

}
