package org.liaison.activity.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.EventData;
import org.liaison.shared.InvalidInputException.Problem;

/**
 * The event form as a browser submits it, every value the text that was typed (see
 * {@link ActivityForm}). The milestone mark is NATO staff's: for anyone else the
 * controller carries over what is stored with {@link #withMilestone}.
 */
public record EventForm(@Nullable String start, @Nullable String end, @Nullable String city, @Nullable String nation,
		@Nullable String seats, @Nullable String language, @Nullable String deadline, @Nullable Boolean milestone,
		@Nullable String milestoneText, @Nullable Boolean illustrative) {

	public EventForm {
		// An unticked checkbox sends nothing at all.
		milestone = Boolean.TRUE.equals(milestone);
		illustrative = Boolean.TRUE.equals(illustrative);
	}

	static EventForm blank() {
		return new EventForm("", "", "", "", "", "English", "", false, "", false);
	}

	static EventForm of(EventData data) {
		return new EventForm(text(data.start()), text(data.end()), data.city(), data.nation().value(),
				String.valueOf(data.seats()), data.language(), text(data.deadline()), data.milestone(),
				data.milestoneText() == null ? "" : data.milestoneText(), data.illustrative());
	}

	EventForm withMilestone(boolean milestone, @Nullable String milestoneText) {
		return new EventForm(start, end, city, nation, seats, language, deadline, milestone, milestoneText,
				illustrative);
	}

	/**
	 * The data this form stands for. A value that cannot be read adds a problem for its
	 * field and is left out, so that the data's own rules still report everything else at
	 * the same time.
	 */
	EventData toData(List<Problem> problems) {
		return new EventData(FormValues.date(start, "start", problems), FormValues.date(end, "end", problems),
				city == null ? "" : city.strip(), FormValues.nation(nation, "nation", problems),
				FormValues.wholeNumber(seats, "seats", problems), language == null ? "" : language.strip(),
				FormValues.date(deadline, "deadline", problems), Boolean.TRUE.equals(milestone),
				milestoneText == null || milestoneText.isBlank() ? null : milestoneText.strip(),
				Boolean.TRUE.equals(illustrative));
	}

	private static String text(@Nullable LocalDate date) {
		return date == null ? "" : date.toString();
	}

}
