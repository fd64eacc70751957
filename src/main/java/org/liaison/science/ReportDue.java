package org.liaison.science;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One due date of a grant's report schedule and where it stands.
 *
 * @param submittedOn when the report was submitted; empty unless {@link Status#SUBMITTED}
 */
public record ReportDue(LocalDate dueOn, boolean finalReport, Status status, @Nullable LocalDate submittedOn,
		@Nullable String summary) {

	public enum Status {

		/** The report was submitted. */
		SUBMITTED,
		/** Not submitted, and the due date is today or later. */
		DUE,
		/** Not submitted, and the due date has passed. */
		OVERDUE

	}

}
