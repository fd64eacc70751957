package org.liaison.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.liaison.shared.Qualifier;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An output indicator of a project with the values achieved over time, earliest first.
 */
public record OutputSummary(String item, String label, String unit, @Nullable BigDecimal baseline,
		@Nullable BigDecimal target, List<OutputValueData> values, @Nullable Qualifier targetQualifier) {

	public OutputSummary {
		values = List.copyOf(values);
	}

	/** The latest value achieved, if any. */
	public @Nullable OutputValueData latest() {
		return values.isEmpty() ? null : values.get(values.size() - 1);
	}

	/**
	 * The latest value achieved as a share of the target (1 = reached), to four decimals;
	 * none without both.
	 */
	@JsonProperty("progress")
	public @Nullable BigDecimal progress() {
		OutputValueData latest = latest();
		if (latest == null || target == null || target.signum() == 0) {
			return null;
		}
		return latest.value().divide(target, 4, RoundingMode.HALF_EVEN);
	}

	/** Progress in whole percent for a bar, at most 100. */
	public int percent() {
		BigDecimal progress = progress();
		return progress == null ? 0
				: Math.min(100, progress.movePointRight(2).setScale(0, RoundingMode.DOWN).intValue());
	}

	public OutputData toData() {
		return new OutputData(item, label, unit, baseline, target, values, targetQualifier);
	}

}
