package org.liaison.plan;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.liaison.shared.RecordData;
import org.liaison.shared.ReferenceList;

/**
 * A type of plan as an administrator gives it: its name in English and French, and the
 * levels of its tree from the top down, which decide how deep a plan of the type may go.
 */
public record PlanTypeData(
		@NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_-]{0,19}",
				message = "is upper-case letters and digits, such as IPAP") String code,
		@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String nameFr,
		@NotEmpty @Size(max = 6) List<@NotBlank @Size(max = 100) String> levels)
		implements
			RecordData,
			ReferenceList.Coded {

	public PlanTypeData {
		levels = levels == null ? List.of() : List.copyOf(levels);
	}

}
