package org.liaison.science.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.science.GrantStatus;
import org.liaison.science.ReportData;
import org.liaison.science.ReportSchedule;
import org.liaison.science.ReportSummary;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RuleViolationException;

/**
 * The reports a grant holds against its schedule ({@link ReportSchedule}): one per due
 * date, on a date that has come, with a summary. Kept apart from the grant's own facts so
 * that the rules of reporting read in one place.
 */
record GrantReports(Set<Report> submitted) {

	/** The report for one of the due dates of the schedule, which has no report yet. */
	Report next(ReportData data, GrantStatus status, @Nullable PartialDate start, @Nullable PartialDate end,
			LocalDate today) {
		if (!status.started()) {
			throw new RuleViolationException(
					"A grant that is " + status + " has no reports due; it must be active first");
		}
		List<ReportSchedule.Due> dates = ReportSchedule.dueDates(start, end, today);
		ReportSchedule.Due due = dates.stream().filter(d -> d.on().equals(data.dueOn())).findFirst().orElse(null);
		if (due == null) {
			throw InvalidInputException.of("dueOn",
					"No report of this grant is due on " + data.dueOn() + "; its due dates are "
							+ dates.stream().map(d -> d.on().toString()).collect(Collectors.joining(", ")));
		}
		if (submitted.stream().anyMatch(r -> r.dueOn().equals(data.dueOn()))) {
			throw InvalidInputException.of("dueOn", "The report due on " + data.dueOn() + " was submitted already");
		}
		LocalDate submittedOn = data.submittedOn() == null ? today : data.submittedOn();
		if (submittedOn.isAfter(today)) {
			throw InvalidInputException.of("submittedOn",
					"A report cannot be submitted in the future (" + submittedOn + ")");
		}
		if (data.summary() == null || data.summary().isBlank()) {
			throw InvalidInputException.of("summary", "A report needs a summary");
		}
		return new Report(data.dueOn(), submittedOn, data.summary().strip(), due.finalReport());
	}

	/**
	 * Whether these are the reports held; one given without its submission date matches
	 * the one of its due date.
	 */
	boolean match(List<ReportData> given) {
		if (given.size() != submitted.size()) {
			return false;
		}
		return given.stream()
			.allMatch(g -> submitted.stream()
				.anyMatch(r -> r.dueOn().equals(g.dueOn()) && r.summary().equals(g.summary().strip())
						&& (g.submittedOn() == null || r.submittedOn().equals(g.submittedOn()))));
	}

	List<ReportSummary> summaries() {
		return submitted.stream().map(Report::toSummary).sorted(Comparator.comparing(ReportSummary::dueOn)).toList();
	}

}
