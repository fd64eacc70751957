package org.liaison.fund;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Qualifier;

/**
 * A value of an output indicator achieved by a date (cumulative), and where it is
 * reported.
 *
 * @param qualifier how loosely the source gives the value ("almost 6,000"), if it does
 */
public record OutputValueData(@NotNull PartialDate on,
		@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal value,
		@Size(max = 1000) @Nullable String source, @Nullable Qualifier qualifier) {
}
