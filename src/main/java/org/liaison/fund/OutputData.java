package org.liaison.fund;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Qualifier;
import org.liaison.shared.Refs;

/**
 * An output indicator of a project, such as {@code small-arms} destroyed, with the values
 * achieved over time.
 *
 * @param targetQualifier how loosely the source gives the target ("approximately"), if it
 * does
 */
public record OutputData(
		@NotBlank @Pattern(regexp = Refs.PATTERN, message = "uses lower-case letters, digits and dashes") String item,
		@NotBlank @Size(max = 300) String label, @NotBlank @Size(max = 60) String unit,
		@DecimalMin("0") @Digits(integer = 15, fraction = 4) @Nullable BigDecimal baseline,
		@DecimalMin("0") @Digits(integer = 15, fraction = 4) @Nullable BigDecimal target,
		@Valid @Size(max = 200) @Nullable List<OutputValueData> values, @Nullable Qualifier targetQualifier) {

	public OutputData {
		values = values == null ? List.of() : List.copyOf(values);
	}

}
