package org.liaison.plan;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;

/** One partner's line in the comparison across partners. */
public record PartnerProgress(NationCode partner, int plans, Rollup goals, @Nullable String lastCycle, int slipped) {
}
