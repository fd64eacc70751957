package org.liaison.science.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Money;

/**
 * Money as stored: an amount in {@code numeric(19,4)} and the grant's currency. The
 * database hands amounts back with four decimal places, which are brought back to the
 * currency's own.
 */
final class Amounts {

	private Amounts() {
	}

	static @Nullable Money money(@Nullable BigDecimal amount, @Nullable Currency currency) {
		if (amount == null || currency == null) {
			return null;
		}
		int digits = currency.getDefaultFractionDigits();
		BigDecimal exact = digits >= 0 && amount.scale() > digits ? amount.setScale(digits, RoundingMode.UNNECESSARY)
				: amount.stripTrailingZeros();
		if (exact.scale() < 0) {
			exact = exact.setScale(0);
		}
		return new Money(exact, currency);
	}

	static @Nullable BigDecimal amount(@Nullable Money money) {
		return money == null ? null : money.amount();
	}

}
