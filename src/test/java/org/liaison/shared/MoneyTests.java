package org.liaison.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MoneyTests {

	@Test
	void addsExactlyWithoutFloatingPoint() {
		Money sum = Money.of("0.10", "EUR").plus(Money.of("0.20", "EUR"));
		assertThat(sum).isEqualTo(Money.of("0.30", "EUR"));
		assertThat(Money.of("9600000", "EUR").minus(Money.of("9600000.01", "EUR")).isNegative()).isTrue();
	}

	@Test
	void neverMixesCurrencies() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
			.withMessage("Cannot combine EUR with USD");
	}

	@Test
	void refusesBadAmountsAndCurrencies() {
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1.001", "EUR"))
			.withMessageContaining("2 decimal places");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("1", "XYZ1")).withMessageContaining("ISO 4217");
		assertThatIllegalArgumentException().isThrownBy(() -> Money.of("one", "EUR"))
			.withMessageContaining("not an amount");
	}

}
