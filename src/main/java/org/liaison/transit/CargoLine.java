package org.liaison.transit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * One line of a movement's cargo. Dangerous goods carry their UN number ({@code UN1203}).
 */
public record CargoLine(@NotBlank @Size(max = 500) String description, @NotNull @Min(1) @Max(1000000) Integer quantity,
		@Nullable Boolean dangerous, @Pattern(regexp = UN_NUMBER,
				message = "is a UN number: UN and four digits, as in UN1203") @Nullable String unNumber) {

	public static final String UN_NUMBER = "UN\\d{4}";

	public CargoLine {
		dangerous = Boolean.TRUE.equals(dangerous);
	}

	/** Whether it is dangerous goods, never absent. */
	public boolean dangerousGoods() {
		return Boolean.TRUE.equals(dangerous);
	}

}
