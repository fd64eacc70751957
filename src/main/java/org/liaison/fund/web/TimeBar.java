package org.liaison.fund.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.liaison.fund.PhaseData;
import org.liaison.fund.ProjectSummary;
import org.liaison.shared.PartialDate;

/**
 * The phases of a project placed on one time axis, for a server-rendered bar: each
 * phase's offset and width in percent of the span from the earliest start to the latest
 * end.
 */
public record TimeBar(LocalDate from, LocalDate to, List<Bar> bars) {

	public record Bar(PhaseData phase, String left, String width) {
	}

	public static TimeBar of(ProjectSummary project) {
		LocalDate from = null;
		LocalDate to = null;
		for (PhaseData phase : project.phases()) {
			PartialDate start = phase.start() != null ? phase.start() : project.start();
			PartialDate end = phase.end() != null ? phase.end() : project.end();
			if (start != null && (from == null || start.firstDay().isBefore(from))) {
				from = start.firstDay();
			}
			if (end != null && (to == null || end.lastDay().isAfter(to))) {
				to = end.lastDay();
			}
		}
		List<Bar> bars = new ArrayList<>();
		if (from == null || to == null || !to.isAfter(from)) {
			return new TimeBar(LocalDate.MIN, LocalDate.MIN, bars);
		}
		long span = to.toEpochDay() - from.toEpochDay() + 1;
		for (PhaseData phase : project.phases()) {
			PartialDate start = phase.start() != null ? phase.start() : project.start();
			PartialDate end = phase.end() != null ? phase.end() : project.end();
			if (start == null || end == null) {
				continue;
			}
			long left = start.firstDay().toEpochDay() - from.toEpochDay();
			long width = Math.max(end.lastDay().toEpochDay() - start.firstDay().toEpochDay() + 1, 1);
			bars.add(new Bar(phase, percent(left, span), percent(width, span)));
		}
		return new TimeBar(from, to, bars);
	}

	public boolean isEmpty() {
		return bars.isEmpty();
	}

	private static String percent(long part, long whole) {
		return BigDecimal.valueOf(part * 100)
			.divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_EVEN)
			.toPlainString() + "%";
	}

}
