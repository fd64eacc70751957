package org.liaison.shared;

import java.math.BigDecimal;
import java.util.Currency;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An exact amount in an ISO 4217 currency. Amounts never pass through floating point, and
 * two amounts only add up when their currencies agree.
 */
public record Money(BigDecimal amount, Currency currency) {

	public Money {
		if (amount == null || currency == null) {
			throw new IllegalArgumentException("Money needs an amount and a currency");
		}
		if (amount.scale() > currency.getDefaultFractionDigits() && currency.getDefaultFractionDigits() >= 0) {
			throw new IllegalArgumentException("%s has %d decimal places, not %d".formatted(currency.getCurrencyCode(),
					currency.getDefaultFractionDigits(), amount.scale()));
		}
	}

	public static Money of(String amount, String currencyCode) {
		Currency currency;
		try {
			currency = Currency.getInstance(currencyCode);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalArgumentException("'" + currencyCode + "' is not an ISO 4217 currency code");
		}
		try {
			return new Money(new BigDecimal(amount), currency);
		}
		catch (NumberFormatException | NullPointerException ex) {
			throw new IllegalArgumentException("'" + amount + "' is not an amount");
		}
	}

	public Money plus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.add(other.amount), currency);
	}

	public Money minus(Money other) {
		requireSameCurrency(other);
		return new Money(amount.subtract(other.amount), currency);
	}

	@JsonIgnore
	public boolean isNegative() {
		return amount.signum() < 0;
	}

	private void requireSameCurrency(Money other) {
		if (!currency.equals(other.currency)) {
			throw new IllegalArgumentException(
					"Cannot combine " + currency.getCurrencyCode() + " with " + other.currency.getCurrencyCode());
		}
	}

	@Override
	public String toString() {
		return currency.getCurrencyCode() + " " + amount.toPlainString();
	}

}
