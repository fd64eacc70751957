package org.liaison.plan;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.shared.RecordData;

/** A type of plan staff add as reference data, with its levels from the top down. */
public record PlanTypeData(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_-]{0,19}",
				message = "is upper-case letters and digits, such as IPAP") String code,
		@NotBlank @Size(max = 200) String name,
		@NotEmpty @Size(max = 6) List<@NotBlank @Size(max = 100) String> levels) implements RecordData {
}
