package org.liaison.plan.web;

import org.liaison.web.ScriptJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.liaison.plan.ProgressSummary;
import org.liaison.plan.Rating;

/**
 * The ECharts options of the progress dashboard, as JSON for a
 * {@code <script type="application/json">} block that static/js/charts.js hands to
 * ECharts (the Content-Security-Policy allows no inline script).
 */
final class Charts {

	private static final Map<Rating, String> COLOURS = Map.of(Rating.ACHIEVED, "#198754", Rating.ON_TRACK, "#0d6efd",
			Rating.NOT_STARTED, "#6c757d", Rating.DELAYED, "#ffc107", Rating.AT_RISK, "#dc3545", Rating.CANCELLED,
			"#212529");

	private Charts() {
	}

	static String ratingsPerArea(ProgressSummary progress) {
		List<String> areas = progress.byArea().stream().map(ProgressSummary.AreaProgress::area).toList();
		List<Object> series = new ArrayList<>();
		for (Rating rating : Rating.values()) {
			List<Integer> data = progress.byArea().stream().map(a -> a.rollup().count(rating)).toList();
			series.add(Map.of("name", rating.name(), "type", "bar", "stack", "ratings", "data", data, "itemStyle",
					Map.of("color", COLOURS.get(rating))));
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of());
		option.put("xAxis", Map.of("type", "category", "data", areas));
		option.put("yAxis", Map.of("type", "value", "minInterval", 1));
		option.put("series", series);
		return ScriptJson.of(option);
	}

	static String achievedPerCycle(ProgressSummary progress) {
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("xAxis", Map.of("type", "category", "data",
				progress.cycles().stream().map(ProgressSummary.CycleProgress::cycle).toList()));
		option.put("yAxis",
				Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value} %")));
		option.put("series", List.of(Map.of("name", "achieved", "type", "line", "data",
				progress.cycles().stream().map(ProgressSummary.CycleProgress::achievedPercent).toList())));
		return ScriptJson.of(option);
	}

}
