package org.liaison.dialogue.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.liaison.dialogue.ActionData;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.web.FormSubmission;

/**
 * The form that adds a follow-up action to a meeting: what is to be done, by whom (an
 * organisation or a role), and the day it is due (YYYY-MM-DD, or empty).
 */
public record ActionForm(@Nullable String text, @Nullable String owner, @Nullable String dueOn) {

	static ActionForm blank() {
		return new ActionForm("", "", "");
	}

	ActionData toData(List<Problem> problems) {
		LocalDate due = FormSubmission.read("dueOn", dueOn, LocalDate::parse,
				typed -> "'" + typed + "' is not a day; write it as 2015-06-30", problems);
		return ActionData.open(text == null ? "" : text, owner, due);
	}

}
