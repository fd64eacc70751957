package org.liaison.plan;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;

/**
 * The progress of a partner's plans as far as the reader may see them, derived from the
 * latest ratings of the goals (the leaves of the trees).
 *
 * @param byArea the goals' latest ratings per capability area
 * @param cycles the share of goals achieved in each cycle, in the order of the cycles
 * @param movements every goal assessed in both of the last two cycles, with its two
 * ratings
 */
public record ProgressSummary(NationCode partner, Rollup overall, List<AreaProgress> byArea, List<CycleProgress> cycles,
		@Nullable String fromCycle, @Nullable String toCycle, List<Movement> movements) {

	public List<Movement> slipped() {
		return movements.stream().filter(Movement::slipped).toList();
	}

	public record AreaProgress(String area, Rollup rollup) {
	}

	public record CycleProgress(String cycle, int assessed, int achieved, int achievedPercent) {
	}

	/** How a goal moved between two cycles; it slipped when its rating got worse. */
	public record Movement(java.util.UUID plan, String planTitle, String code, String title, @Nullable String area,
			Rating from, Rating to) {

		public boolean slipped() {
			return to.worseThan(from);
		}

		public boolean improved() {
			return from.worseThan(to);
		}

	}

}
