package org.liaison.science;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.RecordData;

/**
 * A report submitted for one of a grant's due dates.
 *
 * @param dueOn the due date the report answers, one of the grant's schedule
 * @param submittedOn when it was submitted; when empty, today
 */
public record ReportData(@NotNull LocalDate dueOn, @Nullable LocalDate submittedOn,
		@NotBlank @Size(max = 20000) String summary) implements RecordData {
}
