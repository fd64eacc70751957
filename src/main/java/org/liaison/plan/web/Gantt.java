package org.liaison.plan.web;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.liaison.plan.NodeSummary;
import org.liaison.plan.PlanDetails;

/**
 * The server-drawn Gantt chart of a plan: one row per node with a target, a bar from the
 * start of the plan's period to the target, against the period (widths in per cent of the
 * chart).
 */
public record Gantt(LocalDate from, LocalDate to, List<Row> rows) {

	public record Row(NodeSummary node, double width, boolean beyond) {
	}

	public static Gantt of(PlanDetails details) {
		List<NodeSummary> dated = details.nodes().stream().filter(n -> n.target() != null).toList();
		LocalDate from = details.plan().periodFrom() != null ? details.plan().periodFrom().firstDay()
				: dated.stream()
					.map(n -> n.target().firstDay())
					.min(LocalDate::compareTo)
					.orElse(LocalDate.of(2000, 1, 1));
		LocalDate to = details.plan().periodTo() != null ? details.plan().periodTo().lastDay() : from.plusYears(1);
		for (NodeSummary node : dated) {
			if (node.target().lastDay().isAfter(to)) {
				to = node.target().lastDay();
			}
		}
		double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
		List<Row> rows = new ArrayList<>();
		for (NodeSummary node : dated) {
			double days = Math.max(0, ChronoUnit.DAYS.between(from, node.target().lastDay()));
			rows.add(new Row(node, Math.round(1000 * Math.min(1, days / span)) / 10.0, details.plan().periodTo() != null
					&& node.target().lastDay().isAfter(details.plan().periodTo().lastDay())));
		}
		return new Gantt(from, to, rows);
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}

}
