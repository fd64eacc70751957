package org.liaison.fund;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartialDate;

/**
 * One phase of a project, with its budget in the project's currency.
 */
public record PhaseData(@NotBlank @Size(max = 200) String name, @Nullable PartialDate start, @Nullable PartialDate end,
		@NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal budget) {
}
