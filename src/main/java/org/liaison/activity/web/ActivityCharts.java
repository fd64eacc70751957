package org.liaison.activity.web;

import org.liaison.web.ScriptJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.liaison.activity.ParticipationCount;

/**
 * ECharts options as JSON for a {@code <script type="application/json">} block that
 * static/js/charts.js hands to ECharts (the Content-Security-Policy allows no inline
 * script).
 */
final class ActivityCharts {

	private ActivityCharts() {
	}

	/**
	 * Seats approved or attended per year, one stacked bar series per area of
	 * cooperation.
	 */
	static String participation(List<ParticipationCount> counts) {
		List<Integer> years = new ArrayList<>(new TreeSet<>(counts.stream().map(ParticipationCount::year).toList()));
		Map<String, String> areas = new LinkedHashMap<>();
		counts.forEach(c -> areas.put(c.area(), c.areaName()));
		List<Object> series = new ArrayList<>();
		for (Map.Entry<String, String> area : areas.entrySet()) {
			List<Long> data = years.stream()
				.map(year -> counts.stream()
					.filter(c -> c.year() == year && c.area().equals(area.getKey()))
					.mapToLong(ParticipationCount::seats)
					.sum())
				.toList();
			series.add(Map.of("name", area.getValue(), "type", "bar", "stack", "seats", "data", data));
		}
		Map<String, Object> option = new LinkedHashMap<>();
		option.put("tooltip", Map.of("trigger", "axis"));
		option.put("legend", Map.of());
		option.put("xAxis", Map.of("type", "category", "data", years.stream().map(String::valueOf).toList()));
		option.put("yAxis", Map.of("type", "value", "minInterval", 1));
		option.put("series", series);
		return ScriptJson.of(option);
	}

}
