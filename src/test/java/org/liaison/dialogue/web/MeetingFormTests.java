package org.liaison.dialogue.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.dialogue.MeetingParticipant;
import org.liaison.dialogue.ReviewedNode;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;

import static org.assertj.core.api.Assertions.assertThat;

/** The parsing rules of the meeting form's one-item-a-line fields. */
class MeetingFormTests {

	@Test
	void participantsAreNamesWithAnOptionalNationCode() {
		List<Problem> problems = new ArrayList<>();
		assertThat(MeetingForm.participants("Serbian Ministry of Defence | SRB\n\n  NATO International Staff  \n",
				problems))
			.containsExactly(new MeetingParticipant("Serbian Ministry of Defence", NationCode.of("SRB")),
					new MeetingParticipant("NATO International Staff", null));
		assertThat(problems).isEmpty();
	}

	@Test
	void unreadableParticipantLinesAreReportedByLine() {
		List<Problem> problems = new ArrayList<>();
		assertThat(MeetingForm.participants("NATO IS\n| SRB\nSerbian General Staff | Serbia", problems))
			.containsExactly(new MeetingParticipant("NATO IS", null));
		assertThat(problems).extracting(Problem::field).containsOnly("participants");
		assertThat(problems).extracting(Problem::message)
			.satisfiesExactly(m -> assertThat(m).startsWith("Line 2"), m -> assertThat(m).startsWith("Line 3"));
	}

	@Test
	void decisionsAreOneALineWithEmptyLinesSkipped() {
		List<Problem> problems = new ArrayList<>();
		assertThat(MeetingForm.decisions("Adopt the goals.\r\n\r\n Review in June. ", problems))
			.containsExactly("Adopt the goals.", "Review in June.");
		assertThat(MeetingForm.decisions("x".repeat(2001), problems)).isEmpty();
		assertThat(problems).extracting(Problem::message).containsExactly("Line 1 is longer than 2000 characters");
	}

	@Test
	void reviewedNodesArePlanRefAndNodeCode() {
		List<Problem> problems = new ArrayList<>();
		assertThat(MeetingForm.nodes("parp-2015 G-01\nparp-2015   G-02\nPARP G-03\nparp-2015\n", problems))
			.containsExactly(new ReviewedNode("parp-2015", "G-01"), new ReviewedNode("parp-2015", "G-02"));
		assertThat(problems).extracting(Problem::message)
			.satisfiesExactly(m -> assertThat(m).startsWith("Line 3"), m -> assertThat(m).startsWith("Line 4"));
	}

}
