package org.liaison.activity;

import org.liaison.shared.Versioned;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;

/** An activity of the menu as read, with the names of its area and discipline. */
public record ActivitySummary(UUID id, String ref, String title, @Nullable String description, String area,
		String areaName, String discipline, String disciplineName, ActivityType type, String provider,
		Delivery delivery, int durationDays, boolean clearance, List<String> frameworks, List<NationCode> nations,
		@Nullable Money fee, @Nullable LocalDate activeFrom, @Nullable LocalDate activeTo, Releasability releasability,
		boolean illustrative, Instant updatedAt, long version) implements Versioned {

	public ActivityData toData() {
		return new ActivityData(ref, title, description, area, discipline, type, provider, delivery, durationDays,
				clearance, frameworks, nations, fee, activeFrom, activeTo, releasability, illustrative);
	}

	public String eligibility() {
		return toData().eligibility();
	}

}
