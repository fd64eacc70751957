package org.liaison.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.liaison.shared.Money;

/**
 * Exact amounts as the fund module keeps them: stored with four decimals, shown and
 * compared at the precision of their currency. Nothing here passes through floating
 * point.
 */
public final class Amounts {

	private Amounts() {
	}

	/**
	 * Money from a stored amount, without the zeros storage added ({@code 12.5000} EUR is
	 * 12.50 EUR).
	 */
	public static Money money(BigDecimal amount, Currency currency) {
		return new Money(atCurrencyScale(amount, currency), currency);
	}

	/**
	 * The amount at its currency's precision; an amount finer than that (a converted one)
	 * is rounded half-even, as accounts do.
	 */
	public static BigDecimal atCurrencyScale(BigDecimal amount, Currency currency) {
		int digits = Math.max(currency.getDefaultFractionDigits(), 0);
		return amount.setScale(digits, RoundingMode.HALF_EVEN);
	}

	/**
	 * The value without trailing zeros, but never in exponent form ({@code 2000}, not
	 * {@code 2E+3}).
	 */
	public static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
