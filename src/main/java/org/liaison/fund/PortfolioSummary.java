package org.liaison.fund;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.liaison.shared.Money;

/**
 * Projects of one partner or of all, as far as the reader may see them: how many at each
 * status, the money of each donor in one currency, and outputs summed by item.
 *
 * @param unconverted amounts no exchange rate could convert, by currency, left out of the
 * totals
 */
public record PortfolioSummary(Currency currency, List<ProjectLine> projects, Map<ProjectStatus, Long> byStatus,
		Money budget, Money pledged, Money received, Money spent, List<DonorTotal> donors, List<OutputTotal> outputs,
		List<Money> unconverted) {

	public PortfolioSummary {
		projects = List.copyOf(projects);
		byStatus = Map.copyOf(byStatus);
		donors = List.copyOf(donors);
		outputs = List.copyOf(outputs);
		unconverted = List.copyOf(unconverted);
	}

	/** One project of the portfolio with its figures in its own currency. */
	public record ProjectLine(ProjectSummary project, ProjectFigures figures) {
	}

	public record DonorTotal(String donor, Money pledged, Money received) {
	}

	/** The latest achieved values of an item summed over the projects, with the unit. */
	public record OutputTotal(String item, String label, String unit, BigDecimal achieved, BigDecimal target) {
	}

}
