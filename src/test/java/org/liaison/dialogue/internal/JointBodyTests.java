package org.liaison.dialogue.internal;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.liaison.dialogue.BodyData;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JointBodyTests {

	private static final NationCode SERBIA = NationCode.of("SRB");

	private static final Instant NOW = Instant.parse("2015-02-11T09:46:00Z");

	private static BodyData drg(PartialDate established, PartialDate dissolved, String milestoneText) {
		return new BodyData("", "Serbia/NATO Defence Reform Group", "DRG",
				"Advice and assistance on the reform and modernisation of Serbia's armed forces.", null,
				"NATO and Serbian defence officials", established, dissolved, milestoneText, Releasability.PUBLIC);
	}

	@Test
	void refIsMadeFromTheNameWhenLeftEmpty() {
		JointBody body = JointBody.record(SERBIA, drg(PartialDate.ofMonth(2006, 2), null, null), NOW);

		assertThat(body.ref()).isEqualTo("serbia-nato-defence-reform-group");
	}

	@Test
	void establishmentIsAMilestoneInAPlainSentenceUnlessWordsAreGiven() {
		JointBody body = JointBody.record(SERBIA, drg(PartialDate.ofMonth(2006, 2), null, "  "), NOW);

		MilestoneFacts facts = body.facts();

		assertThat(facts.sourceType()).isEqualTo("joint-body");
		assertThat(facts.sourceId()).isEqualTo(body.id());
		assertThat(facts.partner()).isEqualTo(SERBIA);
		assertThat(facts.releasability()).isEqualTo(Releasability.PUBLIC);
		assertThat(facts.entries()).containsExactly(new Entry("established", PartialDate.ofMonth(2006, 2),
				"The Serbia/NATO Defence Reform Group is established."));

		body.revise(drg(PartialDate.ofMonth(2006, 2), null, "Serbia and NATO set up the Defence Reform Group."), NOW);

		assertThat(body.facts().entries()).extracting(Entry::text)
			.containsExactly("Serbia and NATO set up the Defence Reform Group.");
	}

	@Test
	void dissolutionIsASecondMilestone() {
		JointBody body = JointBody.record(SERBIA, drg(PartialDate.ofYear(2006), PartialDate.ofYear(2015), null), NOW);

		assertThat(body.facts().entries()).containsExactly(
				new Entry("established", PartialDate.ofYear(2006),
						"The Serbia/NATO Defence Reform Group is established."),
				new Entry("dissolved", PartialDate.ofYear(2015), "The Serbia/NATO Defence Reform Group is dissolved."));
	}

	@Test
	void aBodyWithoutDatesStandsForNoMilestone() {
		JointBody body = JointBody.record(SERBIA, drg(null, null, null), NOW);

		assertThat(body.facts().entries()).isEmpty();
	}

	@Test
	void deletionFactsHoldNothingAndComeAfterTheLastVersion() {
		JointBody body = JointBody.record(SERBIA, drg(PartialDate.ofYear(2006), null, null), NOW);

		MilestoneFacts removed = body.removedFacts();

		assertThat(removed.entries()).isEmpty();
		assertThat(removed.sourceVersion()).isEqualTo(body.version() + 1);
		assertThat(removed.sourceId()).isEqualTo(body.id());
	}

	@Test
	void cannotBeDissolvedBeforeItWasEstablished() {
		BodyData data = drg(PartialDate.ofMonth(2006, 2), PartialDate.ofMonth(2006, 1), null);

		assertThat(data.problems()).extracting(InvalidInputException.Problem::field).containsExactly("dissolved");
		assertThatThrownBy(() -> JointBody.record(SERBIA, data, NOW)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("dissolved before it was established");
	}

	@Test
	void mayBeDissolvedWithinTheMonthItWasEstablished() {
		BodyData data = drg(PartialDate.ofMonth(2006, 2), PartialDate.parse("2006-02-10"), null);

		assertThat(data.problems()).isEmpty();
	}

	@Test
	void revisionWithTheSameDataIsRecognisedAsNoChange() {
		JointBody body = JointBody.record(SERBIA, drg(PartialDate.ofYear(2006), null, null), NOW);

		assertThat(body.holds(drg(PartialDate.ofYear(2006), null, ""))).isTrue();
		assertThat(body.holds(drg(PartialDate.ofYear(2007), null, null))).isFalse();
	}

}
