package org.liaison.science.internal;

import java.time.LocalDate;

import org.liaison.science.ReportSummary;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A submitted report as stored, one per due date.
 */
@Table("science_report")
record Report(LocalDate dueOn, LocalDate submittedOn, String summary, boolean finalReport) {

	ReportSummary toSummary() {
		return new ReportSummary(dueOn, submittedOn, summary, finalReport);
	}

}
