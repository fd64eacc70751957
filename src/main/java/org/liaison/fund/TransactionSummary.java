package org.liaison.fund;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;

/**
 * One entry of a project's ledger, as recorded; entries are never changed, only reversed.
 *
 * @param seq the entry's number in its project's ledger, from 1
 * @param reverses for a reversal, the number of the entry it reverses
 * @param reversedBy the number of the reversal that reversed this entry, if any
 */
public record TransactionSummary(UUID id, UUID project, int seq, TransactionKind kind, @Nullable NationCode nation,
		@Nullable String organisation, Money money, LocalDate on, boolean inKind, @Nullable NationCode preFinancedBy,
		@Nullable Integer reverses, @Nullable Integer reversedBy, @Nullable String note, boolean illustrative,
		Instant recordedAt) {

	/**
	 * The donor or payee as written: a nation code or an organisation ref; empty when
	 * none.
	 */
	public String party() {
		return nation != null ? nation.value() : organisation != null ? organisation : "";
	}

	public TransactionData toData() {
		return new TransactionData(kind, nation, organisation, money.amount(), money.currency(), on, inKind,
				preFinancedBy, reverses, note, illustrative);
	}

}
