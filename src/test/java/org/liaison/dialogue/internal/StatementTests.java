package org.liaison.dialogue.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.liaison.dialogue.StatementData;
import org.liaison.dialogue.StatementKindSummary;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementTests {

	private static final NationCode SERBIA = NationCode.of("SRB");

	private static final Instant NOW = Instant.parse("2015-02-11T09:46:00Z");

	private static final StatementKindSummary MEETING = new StatementKindSummary("MEETING", "Meeting", "Rencontre",
			true, 0);

	private static final StatementKindSummary SPEECH = new StatementKindSummary("SPEECH", "Speech", "Discours", false,
			0);

	private static StatementData statement(String kind, String speaker, String quote, String summary) {
		return new StatementData(null, kind, "Statement on the Individual Partnership Action Plan", speaker,
				PartialDate.parse("2015-01-15"), "Brussels", quote, summary, null, Releasability.PUBLIC);
	}

	@Test
	void aQuoteIsEnough() {
		StatementData data = statement("STATEMENT", "NATO Secretary General Jens Stoltenberg",
				"The Republic of Serbia has been a valued member of NATO's Partnership for Peace programme since 2006.",
				null);

		assertThat(data.problems()).isEmpty();
	}

	@Test
	void refIsMadeFromTheDateAndTheTitleWhenLeftEmpty() {
		StatementData data = new StatementData(" ", "STATEMENT", "Statement on Serbia's IPAP", null,
				PartialDate.parse("2015-01-15"), null, "Words.", null, null, Releasability.PUBLIC);

		assertThat(Statement.record(SERBIA, data, SPEECH, NOW).ref())
			.isEqualTo("2015-01-15-statement-on-serbia-s-ipap");
	}

	@Test
	void aSummaryIsEnough() {
		assertThat(statement("COMMUNIQUE", null, null, "Allies welcome Serbia's progress.").problems()).isEmpty();
	}

	@Test
	void aStatementNeedsAQuoteOrASummary() {
		StatementData data = statement("STATEMENT", "Jens Stoltenberg", " ", "");

		assertThat(data.problems()).extracting(InvalidInputException.Problem::field).containsExactly("quote");
		assertThatThrownBy(() -> Statement.record(SERBIA, data, SPEECH, NOW)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("quoted or a summary");
	}

	@Test
	void aKindThatNamesParticipantsNeedsThePeopleWhoMet() {
		StatementData data = statement("MEETING", "  ", null,
				"Bilateral meeting on the margins of the Munich Security Conference.");

		assertThat(data.problems(MEETING)).extracting(InvalidInputException.Problem::field).containsExactly("speaker");
		assertThat(data.problems(SPEECH)).isEmpty();
		assertThat(statement("MEETING", "Jens Stoltenberg and Aleksandar Vučić", null, "Bilateral meeting.")
			.problems(MEETING)).isEmpty();
	}

	@Test
	void aStatementMayHaveNoSpeaker() {
		assertThat(statement("DECLARATION", null, null, "Wales Summit Declaration.").problems()).isEmpty();
	}

	@Test
	void revisionWithTheSameDataIsRecognisedAsNoChange() {
		StatementData data = statement("SPEECH", "Jens Stoltenberg", "Words.", null);
		Statement statement = Statement.record(SERBIA, data, SPEECH, NOW);

		assertThat(statement.holds(statement("SPEECH", " Jens Stoltenberg ", "Words.", ""), SPEECH)).isTrue();
		assertThat(statement.holds(statement("SPEECH", "Jens Stoltenberg", "Other words.", null), SPEECH)).isFalse();
	}

}
