package org.liaison.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.RecordData;

/**
 * What a person or an import gives to record or revise a follow-up action of a meeting.
 *
 * @param text what is to be done
 * @param owner who is to do it: an organisation or a role, never a person's name
 * @param dueOn the day it is due, if one was set
 * @param status where it stands; when absent, {@code OPEN}. A person moves it with
 * {@link ActionMove}; an import gives it as recorded
 * @param completedOn the day it was done or dropped, for a closed action only
 */
public record ActionData(@NotBlank @Size(max = 1000) String text, @Size(max = 200) @Nullable String owner,
		@Nullable LocalDate dueOn, @Nullable ActionStatus status,
		@Nullable LocalDate completedOn) implements RecordData {

	/** An open action, as a person adds it. */
	public static ActionData open(String text, @Nullable String owner, @Nullable LocalDate dueOn) {
		return new ActionData(text, owner, dueOn, ActionStatus.OPEN, null);
	}

	public ActionStatus statusOrOpen() {
		return status == null ? ActionStatus.OPEN : status;
	}

	@Override
	public List<Problem> problems() {
		List<Problem> problems = new ArrayList<>();
		if (statusOrOpen() == ActionStatus.OPEN && completedOn != null) {
			problems.add(new Problem("completedOn", "An open action has no completion date"));
		}
		return problems;
	}

}
