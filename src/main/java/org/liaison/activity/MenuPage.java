package org.liaison.activity;

import java.util.Map;

import org.liaison.shared.PageOf;

/**
 * One page of the menu, with the counts per area, discipline, type and provider of
 * everything the filters keep.
 */
public record MenuPage(PageOf<ActivitySummary> page, Map<String, Long> areaCounts, Map<String, Long> disciplineCounts,
		Map<String, Long> typeCounts, Map<String, Long> providerCounts) {
}
