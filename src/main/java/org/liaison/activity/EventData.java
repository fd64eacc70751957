package org.liaison.activity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordData;

/** A dated event of an activity as written. Its status moves by its own actions. */
public record EventData(@NotNull LocalDate start, @NotNull LocalDate end, @NotBlank @Size(max = 120) String city,
		@NotNull NationCode nation, @Min(value = 1, message = "is at least one seat") int seats,
		@NotBlank @Size(max = 40) String language, @Nullable LocalDate deadline, boolean milestone,
		@Nullable @Size(max = 1000) String milestoneText, boolean illustrative) implements RecordData {

	/**
	 * The longest an event lasts. The bound lets a search for the events of a span read
	 * only those that start in it or at most this long before it, through the index on
	 * the start.
	 */
	public static final int MAX_DAYS = 366;

	/** The earliest start of an event that may still be running on the given day. */
	public static LocalDate earliestStartOfEventsMeeting(LocalDate day) {
		return day.minusDays(MAX_DAYS);
	}

	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new Problem("end", "is before the start"));
		}
		if (start != null && end != null && end.isAfter(start.plusDays(MAX_DAYS))) {
			problems.add(new Problem("end", "is at most " + MAX_DAYS + " days after the start"));
		}
		if (start != null && deadline != null && deadline.isAfter(start)) {
			problems.add(new Problem("deadline", "is after the start of the event"));
		}
		return problems;
	}

}
