package org.liaison.activity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.liaison.activity.ParticipationCount;

/**
 * ECharts options as JSON for a {@code <script type="application/json">} block that
 * static/js/charts.js hands to ECharts (the Content-Security-Policy allows no inline script).
 */
final class ActivityCharts {

	private ActivityCharts() {
	}

	/** Seats approved or attended per year, one stacked bar series per area of cooperation. */
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
		return json(option);
	}

	/** Plain JSON with "<", ">" and "&" escaped, safe inside a script element. */
	static String json(Object value) {
		StringBuilder out = new StringBuilder();
		write(value, out);
		return out.toString();
	}

	private static void write(Object value, StringBuilder out) {
		if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				string(String.valueOf(e.getKey()), out);
				out.append(':');
				write(e.getValue(), out);
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(list.get(i), out);
			}
			out.append(']');
		}
		else if (value instanceof Number || value instanceof Boolean) {
			out.append(value);
		}
		else {
			string(String.valueOf(value), out);
		}
	}

	private static void string(String s, StringBuilder out) {
		out.append('"');
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '<' -> out.append("\\u003c");
				case '>' -> out.append("\\u003e");
				case '&' -> out.append("\\u0026");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
