package org.liaison.agreement;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.agreement.internal.Agreement;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class AgreementTests {

	static final NationCode UKRAINE = NationCode.of("UKR");

	static final NationCode GEORGIA = NationCode.of("GEO");

	static final NationCode AUSTRALIA = NationCode.of("AUS");

	static final Instant NOW = Instant.parse("2015-02-01T10:00:00Z");

	static AgreementData data(AgreementStatus status, String submitted, String agreed, String inForce, String ended) {
		return new AgreementData("", "IPAP", "Individual Partnership Action Plan", null, status,
				PartialDate.parseOrNull(submitted), PartialDate.parseOrNull(agreed), PartialDate.parseOrNull(inForce),
				PartialDate.parseOrNull(ended), null, null, null, null,
				List.of(new AgreementParty("NATO", null), new AgreementParty("Ukraine", UKRAINE)),
				Releasability.PUBLIC);
	}

	static AgreementData presentationDocument(AgreementStatus status, PartialDate submitted, String submittedText) {
		return new AgreementData("pfp-presentation-document", "PRESENTATION_DOCUMENT", "PfP Presentation Document",
				null, status, submitted, null, null, null, submittedText, null, null, null,
				List.of(new AgreementParty("Georgia", GEORGIA), new AgreementParty("NATO", null)),
				Releasability.PUBLIC);
	}

	/**
	 * Australia's IPCP of 2013, renewed in 2019, with a text for each step (the months
	 * and the texts are illustrative).
	 */
	static AgreementData australianIpcp() {
		return new AgreementData("ipcp-2013", "IPCP", "Individual Partnership and Cooperation Programme", null,
				AgreementStatus.SUPERSEDED, date("2013"), date("2013-02"), date("2013-02"), date("2019"),
				"Australia submits its first IPCP.", "Australia and NATO agree their first IPCP.",
				"The first IPCP comes into effect.", "A renewed IPCP replaces the first one.", List.of(),
				Releasability.PUBLIC);
	}

	static Agreement draft() {
		return Agreement.record(UKRAINE, data(AgreementStatus.DRAFT, null, null, null, null), NOW);
	}

	static PartialDate date(String iso) {
		return PartialDate.parse(iso);
	}

	@Test
	void goesThroughTheWholeLifecycle() {
		Agreement agreement = draft();

		agreement.move(AgreementMove.SUBMIT, date("2014-06"), null, NOW);
		assertThat(agreement.status()).isEqualTo(AgreementStatus.SUBMITTED);
		agreement.move(AgreementMove.AGREE, date("2015-01-15"), null, NOW);
		assertThat(agreement.status()).isEqualTo(AgreementStatus.AGREED);
		agreement.move(AgreementMove.ENTER_INTO_FORCE, date("2015-01-15"), null, NOW);
		assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
		agreement.move(AgreementMove.SUPERSEDE, date("2019"), null, NOW);
		assertThat(agreement.status()).isEqualTo(AgreementStatus.SUPERSEDED);
	}

	@Test
	void anAgreementInForceMayExpireOrBeTerminated() {
		Agreement expiring = Agreement.record(UKRAINE, data(AgreementStatus.IN_FORCE, null, "2005-07", "2005-07", null),
				NOW);
		expiring.move(AgreementMove.EXPIRE, date("2010"), null, NOW);
		assertThat(expiring.status()).isEqualTo(AgreementStatus.EXPIRED);

		Agreement terminated = Agreement.record(UKRAINE,
				data(AgreementStatus.IN_FORCE, null, "2005-07", "2005-07", null), NOW);
		terminated.move(AgreementMove.TERMINATE, date("2010"), null, NOW);
		assertThat(terminated.status()).isEqualTo(AgreementStatus.TERMINATED);
	}

	@Test
	void anAgreedAgreementMayEndWithoutEnteringIntoForce() {
		for (AgreementMove end : List.of(AgreementMove.SUPERSEDE, AgreementMove.EXPIRE, AgreementMove.TERMINATE)) {
			Agreement agreement = Agreement.record(UKRAINE, data(AgreementStatus.AGREED, null, "2009", null, null),
					NOW);
			switch (end) {
				case SUPERSEDE -> agreement.move(AgreementMove.SUPERSEDE, date("2011"), null, NOW);
				case EXPIRE -> agreement.move(AgreementMove.EXPIRE, date("2011"), null, NOW);
				default -> agreement.move(AgreementMove.TERMINATE, date("2011"), null, NOW);
			}
			assertThat(agreement.status()).isEqualTo(end.to());
		}
	}

	@Test
	void aDraftCannotBeAgreedBeforeItIsSubmitted() {
		Agreement agreement = draft();

		assertThatThrownBy(() -> agreement.move(AgreementMove.AGREE, date("2015"), null, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("An agreement that is DRAFT cannot be agreed; submit it first");
		assertThat(agreement.status()).isEqualTo(AgreementStatus.DRAFT);
	}

	@Test
	void illegalMovesAreRefusedNamingTheStatusAndTheMove() {
		assertThatThrownBy(() -> draft().move(AgreementMove.ENTER_INTO_FORCE, date("2015"), null, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("An agreement that is DRAFT cannot enter into force; it must be agreed first");
		assertThatThrownBy(() -> draft().move(AgreementMove.TERMINATE, date("2015"), null, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("An agreement that is DRAFT cannot be terminated; it must be agreed first");

		Agreement submitted = draft();
		submitted.move(AgreementMove.SUBMIT, date("2014"), null, NOW);
		assertThatThrownBy(() -> submitted.move(AgreementMove.SUBMIT, date("2014"), null, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("An agreement that is SUBMITTED cannot be submitted; it has been submitted already");

		Agreement ended = Agreement.record(UKRAINE, data(AgreementStatus.EXPIRED, null, "2005", "2005", "2010"), NOW);
		assertThatThrownBy(() -> ended.move(AgreementMove.ENTER_INTO_FORCE, date("2011"), null, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("An agreement that is EXPIRED cannot enter into force; it has already ended");
		assertThatThrownBy(() -> ended.move(AgreementMove.TERMINATE, date("2011"), null, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("EXPIRED cannot be terminated");
	}

	@Test
	void anIllegalMoveIsRefusedAsSuchEvenWithoutADate() {
		assertThatThrownBy(() -> draft().move(AgreementMove.AGREE, null, null, NOW))
			.isInstanceOf(RuleViolationException.class);
		assertThatThrownBy(() -> draft().move(AgreementMove.SUBMIT, null, null, NOW))
			.isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).problems().get(0).field())
			.isEqualTo("on");
	}

	@Test
	void aMoveCannotBeDatedBeforeTheDatesAlreadyRecorded() {
		Agreement agreement = draft();
		agreement.move(AgreementMove.SUBMIT, date("2014-06"), null, NOW);

		assertThatThrownBy(() -> agreement.move(AgreementMove.AGREE, date("2014-05-31"), null, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("cannot be before the date it was submitted (2014-06)")
			.extracting(ex -> ((InvalidInputException) ex).problems().get(0).field())
			.isEqualTo("on");
		assertThat(agreement.status()).isEqualTo(AgreementStatus.SUBMITTED);

		// A less precise date that may stand for the same day is not out of order.
		agreement.move(AgreementMove.AGREE, date("2014"), null, NOW);
		assertThat(agreement.status()).isEqualTo(AgreementStatus.AGREED);
	}

	@Test
	void recordingHistoryNeedsTheDatesOfTheStatusReached() {
		assertThat(fields(data(AgreementStatus.DRAFT, null, null, null, null))).isEmpty();
		assertThat(fields(data(AgreementStatus.SUBMITTED, null, null, null, null))).containsExactly("submittedOn");
		assertThat(fields(data(AgreementStatus.AGREED, "2007-09", null, null, null))).containsExactly("agreedOn");
		assertThat(fields(data(AgreementStatus.IN_FORCE, null, "2005-07", null, null))).containsExactly("inForceOn");
		assertThat(fields(data(AgreementStatus.TERMINATED, null, "2005", "2005", null))).containsExactly("endedOn");
		assertThat(fields(data(AgreementStatus.IN_FORCE, null, null, "2005-07", null))).isEmpty();
		assertThat(fields(data(AgreementStatus.EXPIRED, "2004", "2005", null, "2010"))).isEmpty();
	}

	@Test
	void recordingHistoryRefusesDatesOfStagesNotReached() {
		assertThat(fields(data(AgreementStatus.DRAFT, null, "2009", null, null))).containsExactly("agreedOn");
		assertThat(fields(data(AgreementStatus.SUBMITTED, "2009", null, "2010", null))).containsExactly("inForceOn");
		assertThat(fields(data(AgreementStatus.IN_FORCE, null, "2009", "2010", "2011"))).containsExactly("endedOn");
		assertThatThrownBy(() -> Agreement.record(UKRAINE, data(AgreementStatus.DRAFT, null, "2009", null, null), NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("DRAFT has no date it was agreed");
	}

	@Test
	void recordingHistoryRefusesDatesOutOfOrder() {
		assertThat(fields(data(AgreementStatus.AGREED, "2009-03", "2009-02", null, null))).containsExactly("agreedOn");
		assertThat(fields(data(AgreementStatus.TERMINATED, "2004", null, "2006", "2005"))).containsExactly("endedOn");
		assertThat(fields(data(AgreementStatus.IN_FORCE, "2010", "2009", "2008", null))).containsExactly("agreedOn",
				"inForceOn");
		// "2009" may stand for March 2009: a year and a month within it are not out of
		// order.
		assertThat(fields(data(AgreementStatus.AGREED, "2009-03", "2009", null, null))).isEmpty();
		assertThat(fields(data(AgreementStatus.AGREED, "2009", "2009-01", null, null))).isEmpty();
	}

	@Test
	void aSubmittedAgreementIsOnTheTimelineFromItsSubmission() {
		Agreement agreement = draft();
		assertThat(agreement.facts().entries()).isEmpty();

		agreement.move(AgreementMove.SUBMIT, date("2014-06"), null, NOW);
		assertThat(agreement.facts().sourceType()).isEqualTo("agreement");
		assertThat(agreement.facts().partner()).isEqualTo(UKRAINE);
		assertThat(agreement.facts().entries())
			.containsExactly(new Entry("submitted", date("2014-06"), "Individual Partnership Action Plan submitted."));

		agreement.move(AgreementMove.AGREE, date("2015-01-15"), null, NOW);
		assertThat(agreement.facts().entries()).containsExactly(
				new Entry("submitted", date("2014-06"), "Individual Partnership Action Plan submitted."),
				new Entry("agreed", date("2015-01-15"), "Individual Partnership Action Plan agreed."));
	}

	@Test
	void anEndedAgreementShowsEveryDatedStepItWentThrough() {
		Agreement agreement = Agreement.record(UKRAINE, data(AgreementStatus.AGREED, null, "2005-07", null, null), NOW);
		agreement.move(AgreementMove.ENTER_INTO_FORCE, date("2005-09"), null, NOW);
		agreement.move(AgreementMove.EXPIRE, date("2010"), null, NOW);

		// No submission date was recorded, so the timeline shows none rather than invent
		// one.
		assertThat(agreement.facts().entries()).containsExactly(
				new Entry("agreed", date("2005-07"), "Individual Partnership Action Plan agreed."),
				new Entry("in-force", date("2005-09"), "Individual Partnership Action Plan enters into force."),
				new Entry("ended", date("2010"), "Individual Partnership Action Plan expired."));
	}

	@Test
	void eachStepSaysTheTextGivenForIt() {
		assertThat(Agreement.record(AUSTRALIA, australianIpcp(), NOW).facts().entries())
			.extracting(Entry::kind, Entry::text)
			.containsExactly(tuple("submitted", "Australia submits its first IPCP."),
					tuple("agreed", "Australia and NATO agree their first IPCP."),
					tuple("in-force", "The first IPCP comes into effect."),
					tuple("ended", "A renewed IPCP replaces the first one."));
	}

	@Test
	void aMoveKeepsTheTextGivenWithIt() {
		Agreement document = Agreement.record(GEORGIA, presentationDocument(AgreementStatus.DRAFT, null, null), NOW);

		document.move(AgreementMove.SUBMIT, date("1994"), "  Georgia submits its PfP Presentation Document.  ", NOW);

		assertThat(document.facts().entries())
			.containsExactly(new Entry("submitted", date("1994"), "Georgia submits its PfP Presentation Document."));
		assertThat(document.toData().submittedText()).isEqualTo("Georgia submits its PfP Presentation Document.");
	}

	@Test
	void aMoveWithoutATextKeepsTheOneWrittenBefore() {
		Agreement document = Agreement.record(GEORGIA,
				presentationDocument(AgreementStatus.DRAFT, null, "Georgia submits its PfP Presentation Document."),
				NOW);

		document.move(AgreementMove.SUBMIT, date("1994"), " ", NOW);

		assertThat(document.facts().entries()).extracting(Entry::text)
			.containsExactly("Georgia submits its PfP Presentation Document.");
	}

	@Test
	void aMoveRefusesATextLongerThanTheTimelineKeeps() {
		Agreement document = Agreement.record(GEORGIA, presentationDocument(AgreementStatus.DRAFT, null, null), NOW);

		assertThatThrownBy(() -> document.move(AgreementMove.SUBMIT, date("1994"), "x".repeat(1001), NOW))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems()).extracting(Problem::field)
				.containsExactly("text"))
			.hasMessageContaining("at most 1000 characters");
		assertThat(document.status()).isEqualTo(AgreementStatus.DRAFT);
	}

	@Test
	void aRevisionMadeFromTheRecordKeepsTheTextOfEveryStep() {
		Agreement ipcp = Agreement.record(AUSTRALIA, australianIpcp(), NOW);
		List<Entry> before = ipcp.facts().entries();
		AgreementData stored = ipcp.toData();

		ipcp.revise(new AgreementData(stored.ref(), stored.type(), stored.title(),
				"Australia's programme of cooperation with NATO.", stored.status(), stored.submittedOn(),
				stored.agreedOn(), stored.inForceOn(), stored.endedOn(), stored.submittedText(), stored.agreedText(),
				stored.inForceText(), stored.endedText(), stored.parties(), stored.releasability()), NOW);

		assertThat(ipcp.facts().entries()).hasSize(4).isEqualTo(before);
	}

	@Test
	void revisingCorrectsTheRecordButNotItsStatus() {
		Agreement agreement = draft();
		agreement.move(AgreementMove.SUBMIT, date("2014-06"), null, NOW);

		assertThatThrownBy(() -> agreement.revise(data(AgreementStatus.AGREED, "2014-06", "2015", null, null), NOW))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems()).extracting(Problem::field)
				.contains("status"))
			.hasMessageContaining("Use the lifecycle actions to change the status");
		assertThat(agreement.status()).isEqualTo(AgreementStatus.SUBMITTED);

		agreement.revise(data(AgreementStatus.SUBMITTED, "2014-07", null, null, null), NOW);
		assertThat(agreement.holds(data(AgreementStatus.SUBMITTED, "2014-07", null, null, null))).isTrue();
	}

	@Test
	void anImportRestatesTheStatus() {
		Agreement agreement = draft();
		AgreementData history = data(AgreementStatus.IN_FORCE, "2014-06", "2015-01-15", "2015-01-15", null);

		agreement.restate(history, NOW);

		assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
		assertThat(agreement.holds(history)).isTrue();
		assertThat(agreement.holds(new AgreementData("", "IPAP", "Individual Partnership Action Plan", null,
				AgreementStatus.IN_FORCE, date("2014-06"), date("2015-01-15"), date("2015-01-15"), null, null, null,
				null, null, List.of(new AgreementParty("NATO", null)), Releasability.PUBLIC)))
			.isFalse();
	}

	@Test
	void theStatusKnowsItsNextMoves() {
		assertThat(LifecycleMove.from(AgreementMove.class, AgreementStatus.DRAFT))
			.containsExactly(AgreementMove.SUBMIT);
		assertThat(LifecycleMove.from(AgreementMove.class, AgreementStatus.AGREED)).containsExactly(
				AgreementMove.ENTER_INTO_FORCE, AgreementMove.SUPERSEDE, AgreementMove.EXPIRE, AgreementMove.TERMINATE);
		assertThat(LifecycleMove.from(AgreementMove.class, AgreementStatus.TERMINATED)).isEmpty();
	}

	private static List<String> fields(AgreementData data) {
		return data.problems().stream().map(Problem::field).toList();
	}

}
