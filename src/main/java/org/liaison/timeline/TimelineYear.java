package org.liaison.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The milestones of one year, as "Evolution of relations" groups them.
 */
public record TimelineYear(int year, List<MilestoneSummary> milestones) {

	/** Groups milestones that are already in date order. */
	public static List<TimelineYear> group(List<MilestoneSummary> ordered) {
		Map<Integer, List<MilestoneSummary>> byYear = new LinkedHashMap<>();
		ordered.forEach(m -> byYear.computeIfAbsent(m.date().year(), y -> new ArrayList<>()).add(m));
		return byYear.entrySet().stream().map(e -> new TimelineYear(e.getKey(), List.copyOf(e.getValue()))).toList();
	}

}
