package org.liaison.activity.web;

import org.liaison.web.ScriptJson;
import java.util.ArrayList;
import java.util.HashMap;
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
		// The seats per area and year summed in one pass: a partner of thirty years in
		// twenty areas has six hundred counts, and each bar looked up among all of them
		// cost more than the rest of the page.
		Map<String, Map<Integer, Long>> seats = new HashMap<>();
		for (ParticipationCount c : counts) {
			areas.put(c.area(), c.areaName());
			seats.computeIfAbsent(c.area(), k -> new HashMap<>()).merge(c.year(), c.seats(), Long::sum);
		}
		List<Object> series = new ArrayList<>();
		for (Map.Entry<String, String> area : areas.entrySet()) {
			Map<Integer, Long> ofArea = seats.get(area.getKey());
			List<Long> data = years.stream().map(year -> ofArea.getOrDefault(year, 0L)).toList();
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
