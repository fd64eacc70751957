package org.liaison.science;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartialDate;

/**
 * The one rule for when a grant's reports are due: every six months from the start (the
 * first day the start date stands for) for as long as the grant runs (up to the last day
 * its end date stands for), and a final report three months after the end (from the last
 * day of a month, the last day of the month three months on). While the end is not known,
 * the six-monthly dates run up to the first one after today.
 */
public final class ReportSchedule {

	public static final int INTERVAL_MONTHS = 6;

	public static final int FINAL_AFTER_MONTHS = 3;

	private ReportSchedule() {
	}

	/** A due date and whether it is the final report's. */
	public record Due(LocalDate on, boolean finalReport) {
	}

	public static List<Due> dueDates(@Nullable PartialDate start, @Nullable PartialDate end, LocalDate today) {
		List<Due> dates = new ArrayList<>();
		if (start == null) {
			return dates;
		}
		LocalDate first = start.firstDay();
		LocalDate until = end != null ? end.lastDay() : null;
		for (int n = 1; n <= 200; n++) {
			LocalDate due = first.plusMonths((long) n * INTERVAL_MONTHS);
			if (until != null ? due.isAfter(until) : due.isAfter(today.plusMonths(INTERVAL_MONTHS))) {
				break;
			}
			dates.add(new Due(due, false));
			if (until == null && due.isAfter(today)) {
				break;
			}
		}
		if (until != null) {
			dates.add(new Due(finalDue(until), true));
		}
		return dates;
	}

	/**
	 * Three months after the last day; from the end of a month, to the end of a month.
	 */
	private static LocalDate finalDue(LocalDate lastDay) {
		LocalDate due = lastDay.plusMonths(FINAL_AFTER_MONTHS);
		return lastDay.equals(lastDay.with(TemporalAdjusters.lastDayOfMonth()))
				? due.with(TemporalAdjusters.lastDayOfMonth()) : due;
	}

	/**
	 * The schedule of a grant with the reports submitted so far: each due date is
	 * submitted, due, or overdue when its date is before today. A submitted report whose
	 * due date is no longer in the schedule (the dates were corrected since) is still
	 * listed.
	 */
	public static List<ReportDue> schedule(GrantStatus status, @Nullable PartialDate start, @Nullable PartialDate end,
			Collection<ReportSummary> reports, LocalDate today) {
		if (!status.started()) {
			return List.of();
		}
		Map<LocalDate, ReportSummary> submitted = reports.stream()
			.collect(Collectors.toMap(ReportSummary::dueOn, Function.identity(), (a, b) -> a));
		List<ReportDue> schedule = new ArrayList<>();
		for (Due due : dueDates(start, end, today)) {
			ReportSummary report = submitted.remove(due.on());
			if (report != null) {
				schedule.add(new ReportDue(due.on(), due.finalReport(), ReportDue.Status.SUBMITTED,
						report.submittedOn(), report.summary()));
			}
			else {
				schedule.add(new ReportDue(due.on(), due.finalReport(),
						due.on().isBefore(today) ? ReportDue.Status.OVERDUE : ReportDue.Status.DUE, null, null));
			}
		}
		submitted.values()
			.forEach(report -> schedule.add(new ReportDue(report.dueOn(), report.finalReport(),
					ReportDue.Status.SUBMITTED, report.submittedOn(), report.summary())));
		schedule.sort(Comparator.comparing(ReportDue::dueOn));
		return schedule;
	}

}
