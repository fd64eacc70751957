package org.liaison.plan.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.plan.Rating;

/**
 * A node's latest rating in one cycle (or among its assessments of no cycle): the few
 * columns of an assessment that progress counts.
 *
 * @param seq the order in which the plan's assessments were recorded
 */
public record LatestRating(UUID plan, UUID node, LocalDate on, int seq, Rating rating, @Nullable String cycle) {

	/** By date, then by the order recorded: the latest is the greatest. */
	public static final Comparator<LatestRating> RECENCY = Comparator.comparing(LatestRating::on)
		.thenComparingInt(LatestRating::seq);

}
