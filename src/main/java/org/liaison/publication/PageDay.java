package org.liaison.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.PartialDate;

/**
 * The day a page is shown as of, or none for the page as it stands today. A record dated
 * loosely ("2009") counts from the first day its date may stand for, so the page of a day
 * in 2009 shows it; a record whose start is not known at all is never hidden, since
 * nothing says it began later.
 *
 * @param on the day, or none for today
 */
record PageDay(@Nullable LocalDate on) {

	static final PageDay TODAY = new PageDay(null);

	boolean past() {
		return on != null;
	}

	/** Whether a record that began on this date stands on the page. */
	boolean began(@Nullable PartialDate start) {
		return on == null || start == null || !start.firstDay().isAfter(on);
	}

	/**
	 * The date if it had come by the day, else none: an end still to come is not shown.
	 */
	@Nullable PartialDate reached(@Nullable PartialDate date) {
		return date == null || on == null || !date.firstDay().isAfter(on) ? date : null;
	}

	boolean reached(LocalDate date) {
		return on == null || !date.isAfter(on);
	}

	/**
	 * When a record shown on the page changed, as far as the day is concerned: the time
	 * it was written, if that was by the end of the day (or the later day its content
	 * took effect from); for a record written afterwards about earlier days, the day its
	 * content took effect, if that is known.
	 * @param effective the latest of the record's dates shown on the page
	 */
	@Nullable Instant changed(Instant updatedAt, @Nullable LocalDate effective) {
		if (on == null) {
			return updatedAt;
		}
		Instant effectiveAt = effective == null ? null : effective.atStartOfDay(ZoneOffset.UTC).toInstant();
		if (updatedAt.isBefore(on.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant())) {
			return effectiveAt != null && effectiveAt.isAfter(updatedAt) ? effectiveAt : updatedAt;
		}
		return effectiveAt;
	}

	/** The latest of the dates given, as days; none if none is given. */
	static @Nullable LocalDate latest(@Nullable PartialDate... dates) {
		return Arrays.stream(dates)
			.filter(Objects::nonNull)
			.map(PartialDate::firstDay)
			.max(LocalDate::compareTo)
			.orElse(null);
	}

}
