package org.liaison.science;

import java.time.LocalDate;

/**
 * A submitted report as stored.
 *
 * @param finalReport whether it is the final report, due three months after the end
 */
public record ReportSummary(LocalDate dueOn, LocalDate submittedOn, String summary, boolean finalReport) {

	public ReportData toData() {
		return new ReportData(dueOn, submittedOn, summary);
	}

}
