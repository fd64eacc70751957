package org.liaison.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordData;
import org.liaison.shared.Refs;

/**
 * One entry for a project's ledger. Amounts are exact decimals (JSON strings or numbers,
 * never floating point), positive, in any ISO 4217 currency.
 *
 * @param nation the donor (pledge, receipt) or payee nation, if a nation
 * @param organisation the donor or payee organisation's ref in the directory, if an
 * organisation
 * @param inKind whether the contribution is in kind rather than cash
 * @param preFinancedBy for an expenditure beyond the funds received: the lead nation that
 * pre-finances it
 * @param reverses for a reversal (dossier only): the sequence number of the entry it
 * reverses
 * @param illustrative whether the entry is a demo detail rather than recorded fact
 */
public record TransactionData(@NotNull TransactionKind kind, @Nullable NationCode nation,
		@Pattern(regexp = "|" + Refs.PATTERN, message = "is an organisation's ref") @Nullable String organisation,
		@NotNull @DecimalMin(value = "0", inclusive = false, message = "must be positive") @Digits(integer = 15,
				fraction = 4) BigDecimal amount,
		@NotNull Currency currency, @NotNull LocalDate on, @Nullable Boolean inKind, @Nullable NationCode preFinancedBy,
		@Nullable Integer reverses, @Size(max = 2000) @Nullable String note,
		@Nullable Boolean illustrative) implements RecordData {

	public TransactionData {
		inKind = Boolean.TRUE.equals(inKind);
		illustrative = Boolean.TRUE.equals(illustrative);
	}

	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (nation != null && organisation != null && !organisation.isBlank()) {
			problems.add(new Problem("organisation", "Name a nation or an organisation, not both"));
		}
		if (kind != null && (kind == TransactionKind.PLEDGE || kind == TransactionKind.RECEIPT) && nation == null
				&& (organisation == null || organisation.isBlank())) {
			problems.add(new Problem("nation",
					"A " + kind.name().toLowerCase() + " names its donor (a nation or an organisation)"));
		}
		if (preFinancedBy != null && kind != TransactionKind.EXPENDITURE) {
			problems.add(new Problem("preFinancedBy", "Only an expenditure is pre-financed"));
		}
		if (kind == TransactionKind.REVERSAL && reverses == null) {
			problems.add(new Problem("reverses", "A reversal names the entry it reverses"));
		}
		if (kind != null && kind != TransactionKind.REVERSAL && reverses != null) {
			problems.add(new Problem("reverses", "Only a reversal reverses an entry"));
		}
		if (amount != null && currency != null && currency.getDefaultFractionDigits() >= 0
				&& amount.stripTrailingZeros().scale() > Math.max(currency.getDefaultFractionDigits(), 0)) {
			problems
				.add(new Problem("amount", currency.getCurrencyCode() + " has " + currency.getDefaultFractionDigits()
						+ " decimal places, not " + amount.stripTrailingZeros().scale()));
		}
		return problems;
	}

}
