package org.liaison.fund.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.liaison.fund.ProjectFigures;
import org.liaison.fund.ProjectFigures.DonorShare;

/**
 * The money of each donor as paired bars, pledged and received, scaled to the largest
 * amount: a chart drawn on the server, so it needs no script and prints as it shows.
 */
public record DonorChart(List<Row> rows) {

	public record Row(DonorShare donor, String pledgedWidth, String receivedWidth) {
	}

	public static DonorChart of(ProjectFigures figures) {
		BigDecimal largest = BigDecimal.ZERO;
		for (DonorShare donor : figures.donors()) {
			largest = largest.max(donor.pledged().amount()).max(donor.received().amount());
		}
		BigDecimal scale = largest;
		return new DonorChart(figures.donors()
			.stream()
			.map(donor -> new Row(donor, percent(donor.pledged().amount(), scale),
					percent(donor.received().amount(), scale)))
			.toList());
	}

	public boolean isEmpty() {
		return rows.isEmpty()
				|| rows.stream().allMatch(row -> "0%".equals(row.pledgedWidth()) && "0%".equals(row.receivedWidth()));
	}

	private static String percent(BigDecimal part, BigDecimal whole) {
		if (whole.signum() == 0) {
			return "0%";
		}
		return part.multiply(BigDecimal.valueOf(100))
			.divide(whole, 2, RoundingMode.HALF_EVEN)
			.stripTrailingZeros()
			.toPlainString() + "%";
	}

}
