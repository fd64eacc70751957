package org.liaison.fund;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

/**
 * An exchange rate as reference data: from {@code validFrom} on, one unit of
 * {@code currency} is worth {@code rate} units of {@code base}.
 */
public record ExchangeRateData(@NotNull Currency currency, @NotNull Currency base, @NotNull LocalDate validFrom,
		@NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 8) BigDecimal rate) {
}
