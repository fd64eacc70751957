package org.liaison.plan;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Progress of a set of nodes derived from their latest ratings: how many have each
 * rating, how many have none yet, the share achieved (of those not cancelled) and the
 * worst rating.
 */
public record Rollup(Map<Rating, Integer> counts, int unassessed, int total, int achievedPercent,
		@Nullable Rating worst) {

	public Rollup {
		counts = Map.copyOf(counts);
	}

	/** The roll-up of the given ratings; a null stands for a node not yet assessed. */
	public static Rollup of(Collection<@Nullable Rating> ratings) {
		Map<Rating, Integer> counts = new EnumMap<>(Rating.class);
		int unassessed = 0;
		Rating worst = null;
		for (Rating rating : ratings) {
			if (rating == null) {
				unassessed++;
				continue;
			}
			counts.merge(rating, 1, Integer::sum);
			if (rating.counts() && (worst == null || rating.worseThan(worst))) {
				worst = rating;
			}
		}
		int counted = ratings.size() - counts.getOrDefault(Rating.CANCELLED, 0);
		int achieved = counts.getOrDefault(Rating.ACHIEVED, 0);
		return new Rollup(counts, unassessed, ratings.size(),
				counted == 0 ? 0 : (int) Math.round(100.0 * achieved / counted), worst);
	}

	public int count(Rating rating) {
		return counts.getOrDefault(rating, 0);
	}

}
