package org.liaison.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Money;

/**
 * The figures derived from a project's phases and ledger, never stored: everything in the
 * project's currency, each entry converted with the latest rate on or before its date.
 *
 * @param balance received minus spent
 * @param donors each donor's pledges and receipts, and its share of all receipts
 * @param ratesUsed the exchange rates the conversion used
 * @param unconverted amounts of entries no exchange rate could convert, left out of the
 * figures
 */
public record ProjectFigures(Currency currency, Money budget, Money pledged, Money received, Money committed,
		Money spent, Money balance, List<DonorShare> donors, List<RateUsed> ratesUsed, List<Money> unconverted) {

	public ProjectFigures {
		donors = List.copyOf(donors);
		ratesUsed = List.copyOf(ratesUsed);
		unconverted = List.copyOf(unconverted);
	}

	/**
	 * One donor's contributions.
	 *
	 * @param share of all receipts, to four decimals (0.25 is a quarter); none when
	 * nothing was received
	 */
	public record DonorShare(String donor, Money pledged, Money received, @Nullable BigDecimal share,
			boolean illustrative) {
	}

	/**
	 * A rate a conversion used: one {@code from} is worth {@code rate} {@code to}, from
	 * that date.
	 */
	public record RateUsed(Currency from, Currency to, LocalDate validFrom, BigDecimal rate) {
	}

}
