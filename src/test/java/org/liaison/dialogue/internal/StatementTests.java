package org.liaison.dialogue.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.liaison.dialogue.StatementData;
import org.liaison.dialogue.StatementKind;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StatementTests {

	private static final NationCode SERBIA = NationCode.of("SRB");

	private static final Instant NOW = Instant.parse("2015-02-11T09:46:00Z");

	private static StatementData statement(StatementKind kind, String speaker, String quote, String summary) {
		return new StatementData(null, kind, "Statement on the Individual Partnership Action Plan", speaker,
				PartialDate.parse("2015-01-15"), "Brussels", quote, summary, null, Releasability.PUBLIC);
	}

	@Test
	void aQuoteIsEnough() {
		StatementData data = statement(StatementKind.STATEMENT, "NATO Secretary General Jens Stoltenberg",
				"The Republic of Serbia has been a valued member of NATO's Partnership for Peace programme since 2006.",
				null);

		assertThat(data.problems()).isEmpty();
	}

	@Test
	void refIsMadeFromTheDateAndTheTitleWhenLeftEmpty() {
		StatementData data = new StatementData(" ", StatementKind.STATEMENT, "Statement on Serbia's IPAP", null,
				PartialDate.parse("2015-01-15"), null, "Words.", null, null, Releasability.PUBLIC);

		assertThat(Statement.record(SERBIA, data, NOW).ref()).isEqualTo("2015-01-15-statement-on-serbia-s-ipap");
	}

	@Test
	void aSummaryIsEnough() {
		assertThat(statement(StatementKind.COMMUNIQUE, null, null, "Allies welcome Serbia's progress.").problems())
			.isEmpty();
	}

	@Test
	void aStatementNeedsAQuoteOrASummary() {
		StatementData data = statement(StatementKind.STATEMENT, "Jens Stoltenberg", " ", "");

		assertThat(data.problems()).extracting(InvalidInputException.Problem::field).containsExactly("quote");
		assertThatThrownBy(() -> Statement.record(SERBIA, data, NOW)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("quoted or a summary");
	}

	@Test
	void aMeetingNeedsThePeopleWhoMet() {
		StatementData data = statement(StatementKind.MEETING, "  ", null,
				"Bilateral meeting on the margins of the Munich Security Conference.");

		assertThat(data.problems()).extracting(InvalidInputException.Problem::field).containsExactly("speaker");
		assertThat(statement(StatementKind.MEETING, "Jens Stoltenberg and Aleksandar Vučić", null, "Bilateral meeting.")
			.problems()).isEmpty();
	}

	@Test
	void aStatementMayHaveNoSpeaker() {
		assertThat(statement(StatementKind.DECLARATION, null, null, "Wales Summit Declaration.").problems()).isEmpty();
	}

	@Test
	void revisionWithTheSameDataIsRecognisedAsNoChange() {
		StatementData data = statement(StatementKind.SPEECH, "Jens Stoltenberg", "Words.", null);
		Statement statement = Statement.record(SERBIA, data, NOW);

		assertThat(statement.holds(statement(StatementKind.SPEECH, " Jens Stoltenberg ", "Words.", ""))).isTrue();
		assertThat(statement.holds(statement(StatementKind.SPEECH, "Jens Stoltenberg", "Other words.", null)))
			.isFalse();
	}

}
