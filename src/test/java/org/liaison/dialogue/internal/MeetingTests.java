package org.liaison.dialogue.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.dialogue.ActionData;
import org.liaison.dialogue.ActionMove;
import org.liaison.dialogue.ActionStatus;
import org.liaison.dialogue.ActionSummary;
import org.liaison.dialogue.MeetingData;
import org.liaison.dialogue.MeetingParticipant;
import org.liaison.dialogue.ReviewedNode;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingTests {

	private static final Instant AT = Instant.parse("2015-02-11T09:46:00Z");

	private static final NationCode SRB = NationCode.of("SRB");

	private static MeetingData data(String ref, List<ActionData> actions) {
		return new MeetingData(ref, null, PartialDate.parse("2015-02-10"), "Belgrade", "PARP goals by area",
				List.of(new MeetingParticipant("Serbian Ministry of Defence", SRB),
						new MeetingParticipant("NATO International Staff", null)),
				List.of("Review the defence policy goals again in June."), actions,
				List.of(new ReviewedNode("parp-2015", "G-01")), Releasability.PARTNER, true);
	}

	private static Meeting meeting(ActionData... actions) {
		return Meeting.record(UUID.randomUUID(), SRB, "DRG", data("", List.of(actions)), AT);
	}

	@Test
	void refIsMadeFromTheDateAndTheBodyShortName() {
		assertThat(meeting().ref()).isEqualTo("2015-02-10-drg");
		assertThat(Meeting.record(UUID.randomUUID(), SRB, "DRG", data("drg-winter", List.of()), AT).ref())
			.isEqualTo("drg-winter");
	}

	@Test
	void openActionIsDoneOnceAndNeverMovedAgain() {
		Meeting meeting = meeting();
		UUID action = meeting.addAction(
				ActionData.open("Send the logistics survey", "Serbian General Staff", LocalDate.of(2015, 3, 31)), AT);

		meeting.move(action, ActionMove.DONE, LocalDate.of(2015, 3, 20), AT);

		assertThat(meeting.actionStatus(action)).isEqualTo(ActionStatus.DONE);
		assertThatThrownBy(() -> meeting.move(action, ActionMove.DROP, LocalDate.of(2015, 4, 1), AT))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("only an open action");
		assertThatThrownBy(() -> meeting.move(action, ActionMove.DONE, LocalDate.of(2015, 4, 1), AT))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void droppedActionStaysDroppedAndCannotBeClosedBeforeTheMeeting() {
		Meeting meeting = meeting();
		UUID action = meeting.addAction(ActionData.open("Draft a medical plan", null, null), AT);

		assertThatThrownBy(() -> meeting.move(action, ActionMove.DROP, LocalDate.of(2015, 1, 1), AT))
			.isInstanceOf(InvalidInputException.class);
		assertThat(meeting.actionStatus(action)).isEqualTo(ActionStatus.OPEN);

		meeting.move(action, ActionMove.DROP, LocalDate.of(2015, 2, 12), AT);
		assertThat(meeting.actionStatus(action)).isEqualTo(ActionStatus.DROPPED);
	}

	@Test
	void editingAnActionCannotChangeItsStatus() {
		Meeting meeting = meeting();
		UUID action = meeting.addAction(ActionData.open("Draft a medical plan", null, null), AT);

		assertThatThrownBy(() -> meeting.reviseAction(action,
				new ActionData("Draft a medical plan", null, null, ActionStatus.DONE, null), AT))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void actionCannotBeDueBeforeTheMeetingNorOpenWithACompletionDate() {
		assertThatThrownBy(() -> meeting(ActionData.open("Late", null, LocalDate.of(2015, 1, 1))))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("due before the meeting");
		assertThatThrownBy(
				() -> meeting(new ActionData("Odd", null, null, ActionStatus.OPEN, LocalDate.of(2015, 3, 1))))
			.isInstanceOf(InvalidInputException.class);
	}

	@Test
	void revisionKeepsEachActionsIdByPosition() {
		Meeting meeting = meeting(ActionData.open("First", null, null));
		UUID first = meeting.addAction(ActionData.open("Second", null, null), AT);

		meeting.revise(
				"DRG", data("",
						List.of(ActionData.open("First", null, null), ActionData.open("Second, reworded", null, null))),
				AT);

		assertThat(meeting.actionStatus(first)).isEqualTo(ActionStatus.OPEN);
	}

	@Test
	void sameDataIsRecognisedForImports() {
		MeetingData data = data("", List.of(ActionData.open("First", " NATO IS ", LocalDate.of(2015, 6, 30))));
		Meeting meeting = Meeting.record(UUID.randomUUID(), SRB, "DRG", data, AT);

		assertThat(meeting.holds("DRG", data)).isTrue();
		assertThat(meeting.holds("DRG", data("", List.of()))).isFalse();
	}

	@Test
	void onlyAnOpenActionPastItsDueDayIsOverdue() {
		LocalDate today = LocalDate.of(2015, 7, 1);
		assertThat(ActionSummary.overdue(ActionStatus.OPEN, LocalDate.of(2015, 6, 30), today)).isTrue();
		assertThat(ActionSummary.overdue(ActionStatus.OPEN, today, today)).isFalse();
		assertThat(ActionSummary.overdue(ActionStatus.OPEN, null, today)).isFalse();
		assertThat(ActionSummary.overdue(ActionStatus.DONE, LocalDate.of(2015, 6, 30), today)).isFalse();
		assertThat(ActionSummary.overdue(ActionStatus.DROPPED, LocalDate.of(2015, 6, 30), today)).isFalse();
	}

	@Test
	void nodeListedTwiceIsAProblem() {
		MeetingData data = new MeetingData("", null, PartialDate.parse("2015-02-10"), null, null, List.of(), List.of(),
				List.of(), List.of(new ReviewedNode("parp-2015", "G-01"), new ReviewedNode("parp-2015", "G-01")),
				Releasability.PARTNER, false);
		assertThat(data.problems()).extracting(p -> p.field()).containsExactly("reviewedNodes[1]");
	}

}
