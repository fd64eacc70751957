package org.liaison.fund.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.TransactionData;
import org.liaison.fund.TransactionKind;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;

/**
 * The form to record a ledger entry; every field is text, read here so that each problem
 * is shown beside its field. The donor or payee is a nation code or an organisation's
 * ref.
 */
public record TransactionForm(@Nullable String kind, @Nullable String party, @Nullable String amount,
		@Nullable String currency, @Nullable String on, @Nullable Boolean inKind, @Nullable String preFinancedBy,
		@Nullable String note, @Nullable Boolean illustrative) {

	public TransactionForm {
		inKind = Boolean.TRUE.equals(inKind);
		illustrative = Boolean.TRUE.equals(illustrative);
	}

	static TransactionForm blank(String currency) {
		return new TransactionForm("RECEIPT", "", "", currency, "", false, "", "", false);
	}

	TransactionForm ofKind(TransactionKind other) {
		return new TransactionForm(other.name(), party, amount, currency, on, inKind, preFinancedBy, note,
				illustrative);
	}

	@Nullable TransactionData toData(List<Problem> problems) {
		int before = problems.size();
		TransactionKind parsedKind = null;
		try {
			parsedKind = TransactionKind.valueOf(kind == null ? "" : kind);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("kind", "Choose the kind of entry"));
		}
		String who = party == null ? "" : party.strip();
		NationCode nation = who.length() == 3 && who.equals(who.toUpperCase(Locale.ROOT)) && NationCode.isValid(who)
				? NationCode.of(who) : null;
		String organisation = nation == null && !who.isEmpty() ? who : null;
		BigDecimal value = null;
		try {
			value = new BigDecimal(amount == null ? "" : amount.strip());
			if (value.signum() <= 0) {
				problems.add(new Problem("amount", "An amount is positive"));
			}
		}
		catch (NumberFormatException ex) {
			problems.add(new Problem("amount", "'" + amount + "' is not an amount; write it as 1250000.00"));
		}
		Currency parsedCurrency = null;
		try {
			parsedCurrency = Currency.getInstance(currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("currency", "'" + currency + "' is not an ISO 4217 currency code, such as EUR"));
		}
		LocalDate date = null;
		try {
			date = LocalDate.parse(on == null ? "" : on.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem("on", "A date is written as 2013-07-15"));
		}
		NationCode financer = null;
		if (preFinancedBy != null && !preFinancedBy.isBlank()) {
			if (NationCode.isValid(preFinancedBy)) {
				financer = NationCode.of(preFinancedBy);
			}
			else {
				problems.add(new Problem("preFinancedBy", "'" + preFinancedBy + "' is not a nation code"));
			}
		}
		if (problems.size() > before) {
			return null;
		}
		return new TransactionData(parsedKind, nation, organisation, value, parsedCurrency, date, inKind, financer,
				null, note, illustrative);
	}

}
