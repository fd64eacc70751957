package org.liaison.science;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;
import org.liaison.science.internal.Grant;
import org.liaison.science.internal.Nations;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GrantTests {

	static final NationCode SERBIA = NationCode.of("SRB");

	static final Instant NOW = Instant.parse("2015-02-01T10:00:00Z");

	/** A fixed clock: "today" is 1 February 2015. */
	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	static final LocalDate TODAY = LocalDate.now(CLOCK);

	static final Nations NATIONS = new Nations(Set.of(NationCode.of("DEU"), NationCode.of("SVK")),
			Set.of(SERBIA, NationCode.of("CHE")));

	static GrantData data(GrantMechanism mechanism, GrantStatus status, String decided, String start, String end,
			String natoDirectorNation, String partnerDirectorNation) {
		return new GrantData("", "Detection of chemical agents", null, mechanism, List.of("CBRN_DEFENCE"),
				new GrantDirector("NATO-country director", "University in an Allied country",
						NationCode.of(natoDirectorNation)),
				new GrantDirector("Partner-country director", "Institute in Serbia",
						NationCode.of(partnerDirectorNation)),
				Money.of("350000", "EUR"), Money.of("300000", "EUR"), Money.of("50000", "EUR"), status,
				status == GrantStatus.APPLIED ? null : PartialDate.parseOrNull(decided),
				PartialDate.parseOrNull(decided), null, PartialDate.parseOrNull(start), PartialDate.parseOrNull(end),
				true, Releasability.PUBLIC);
	}

	static GrantData applied() {
		return data(GrantMechanism.MULTI_YEAR_PROJECT, GrantStatus.APPLIED, null, null, null, "DEU", "SRB");
	}

	static Grant active(String start, String end) {
		return Grant.record(SERBIA,
				data(GrantMechanism.MULTI_YEAR_PROJECT, GrantStatus.ACTIVE, "2012-01", start, end, "DEU", "SRB"),
				NATIONS, NOW);
	}

	static PartialDate date(String iso) {
		return PartialDate.parse(iso);
	}

	@Test
	void goesThroughTheWholeLifecycle() {
		Grant grant = Grant.record(SERBIA, applied(), NATIONS, NOW);

		grant.move(GrantMove.SUBMIT_FOR_REVIEW, date("2012-03"), null, NOW);
		assertThat(grant.status()).isEqualTo(GrantStatus.UNDER_REVIEW);
		grant.move(GrantMove.APPROVE, date("2012-06-15"), "Sound science, strong partner team", NOW);
		assertThat(grant.status()).isEqualTo(GrantStatus.APPROVED);
		assertThat(grant.decidedOn()).isEqualTo(date("2012-06-15"));
		grant.move(GrantMove.ACTIVATE, date("2012-09"), null, NOW);
		assertThat(grant.status()).isEqualTo(GrantStatus.ACTIVE);
		assertThat(grant.start()).isEqualTo(date("2012-09"));
		grant.move(GrantMove.COMPLETE, date("2015-08"), null, NOW);
		assertThat(grant.status()).isEqualTo(GrantStatus.COMPLETED);
		assertThat(grant.end()).isEqualTo(date("2015-08"));
	}

	@Test
	void aReviewMayEndInRejection() {
		Grant grant = Grant.record(SERBIA, applied(), NATIONS, NOW);
		grant.move(GrantMove.SUBMIT_FOR_REVIEW, null, null, NOW);
		grant.move(GrantMove.REJECT, date("2013"), "Out of scope", NOW);
		assertThat(grant.status()).isEqualTo(GrantStatus.REJECTED);

		assertThatThrownBy(() -> grant.move(GrantMove.ACTIVATE, date("2013"), null, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("A grant that is REJECTED cannot be activated; it was rejected");
	}

	@Test
	void illegalMovesAreRefusedWithTheirReason() {
		Grant grant = Grant.record(SERBIA, applied(), NATIONS, NOW);

		assertThatThrownBy(() -> grant.move(GrantMove.APPROVE, null, null, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("A grant that is APPLIED cannot be approved; submit it for review first");
		assertThatThrownBy(() -> grant.move(GrantMove.COMPLETE, date("2015"), null, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("it must be active first");
		assertThat(grant.status()).isEqualTo(GrantStatus.APPLIED);
	}

	@Test
	void aDecisionNeedsItsDateAndActivationAStart() {
		Grant grant = Grant.record(SERBIA, applied(), NATIONS, NOW);
		grant.move(GrantMove.SUBMIT_FOR_REVIEW, date("2012-03"), null, NOW);

		assertThatThrownBy(() -> grant.move(GrantMove.APPROVE, null, null, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("Give the date of the decision");
		assertThatThrownBy(() -> grant.move(GrantMove.APPROVE, date("2012-01"), null, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("cannot be before the review");
		grant.move(GrantMove.APPROVE, date("2012-06"), null, NOW);
		assertThatThrownBy(() -> grant.move(GrantMove.ACTIVATE, null, null, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("Give the date the grant started");
		assertThatThrownBy(() -> grant.move(GrantMove.ACTIVATE, date("2012-09"), "why not", NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessage("Only an approval or a rejection takes a reason");
		assertThat(grant.status()).isEqualTo(GrantStatus.APPROVED);
	}

	@Test
	void anActiveGrantMayNotKnowItsStartAndAMultiYearProjectRunsOneToFiveYears() {
		// A source may say a grant ran without saying from when: the start stays empty.
		assertThat(
				problems(data(GrantMechanism.MULTI_YEAR_PROJECT, GrantStatus.ACTIVE, "2012", null, null, "DEU", "SRB")))
			.isEmpty();
		assertThat(problems(data(GrantMechanism.MULTI_YEAR_PROJECT, GrantStatus.ACTIVE, "2012", "2012-09", "2013-03",
				"DEU", "SRB")))
			.singleElement()
			.satisfies(p -> {
				assertThat(p.field()).isEqualTo("end");
				assertThat(p.message()).contains("one to five years");
			});
		assertThat(problems(data(GrantMechanism.MULTI_YEAR_PROJECT, GrantStatus.ACTIVE, "2012", "2012-09", "2018-01",
				"DEU", "SRB")))
			.extracting(Problem::field)
			.containsExactly("end");
		assertThat(problems(data(GrantMechanism.MULTI_YEAR_PROJECT, GrantStatus.ACTIVE, "2012", "2012-09", "2013-08",
				"DEU", "SRB")))
			.isEmpty();
		assertThat(problems(data(GrantMechanism.MULTI_YEAR_PROJECT, GrantStatus.ACTIVE, "2012", "2012-09", "2017-08",
				"DEU", "SRB")))
			.isEmpty();
		// A workshop takes days, not years.
		assertThat(problems(data(GrantMechanism.ADVANCED_RESEARCH_WORKSHOP, GrantStatus.COMPLETED, "2012", "2012-09-10",
				"2012-09-12", "DEU", "SRB")))
			.isEmpty();
		assertThat(problems(data(GrantMechanism.ADVANCED_RESEARCH_WORKSHOP, GrantStatus.COMPLETED, "2012", "2012-09-10",
				"2012-09-01", "DEU", "SRB")))
			.extracting(Problem::message)
			.anyMatch(m -> m.contains("cannot be before the start"));
	}

	@Test
	void completingAProjectTooShortIsRefused() {
		Grant grant = active("2014-06", null);
		assertThatThrownBy(() -> grant.move(GrantMove.COMPLETE, date("2014-12"), null, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("one to five years");
		assertThat(grant.status()).isEqualTo(GrantStatus.ACTIVE);
	}

	@Test
	void theNatoCountryDirectorComesFromAnAllyAndThePartnerCountryDirectorFromAPartner() {
		GrantData swapped = data(GrantMechanism.MULTI_YEAR_PROJECT, GrantStatus.APPLIED, null, null, null, "CHE",
				"SVK");

		assertThat(NATIONS.directorProblems(swapped)).extracting(Problem::field)
			.containsExactly("natoDirector.nation", "partnerDirector.nation");
		assertThatThrownBy(() -> Grant.record(SERBIA, swapped, NATIONS, NOW)).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems()).extracting(Problem::message)
				.containsExactly("'CHE' is not an Ally; the NATO-country director comes from an Ally",
						"'SVK' is an Ally; the partner-country director comes from a partner nation"));
		assertThat(NATIONS.directorProblems(
				data(GrantMechanism.MULTI_YEAR_PROJECT, GrantStatus.APPLIED, null, null, null, "XXX", "SRB")))
			.extracting(Problem::message)
			.containsExactly("'XXX' is not in the list of nations");
	}

	@Test
	void sharesAreInTheBudgetsCurrencyAndWithinIt() {
		GrantData base = applied();
		assertThat(withShares(base, Money.of("300000", "EUR"), Money.of("50000", "EUR")).problems()).isEmpty();
		assertThat(withShares(base, Money.of("300000", "EUR"), Money.of("60000", "EUR")).problems())
			.extracting(Problem::field)
			.containsExactly("partnerShare");
		assertThat(withShares(base, Money.of("400000", "EUR"), null).problems()).extracting(Problem::field)
			.containsExactly("natoShare");
		assertThat(withShares(base, Money.of("1000", "USD"), null).problems()).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("must be in the budget's currency (EUR), not USD"));
		assertThat(withShares(base, Money.of("-1", "EUR"), null).problems()).extracting(Problem::field)
			.containsExactly("natoShare");
	}

	@Test
	void anAmountTooLargeToKeepIsAProblemOfItsField() {
		GrantData base = applied();
		GrantData huge = new GrantData(base.ref(), base.title(), base.description(), base.mechanism(),
				base.priorities(), base.natoDirector(), base.partnerDirector(),
				Money.of("100000000000000000000", "EUR"), null, null, base.status(), base.reviewOn(), base.decidedOn(),
				base.decisionReason(), base.start(), base.end(), base.illustrative(), base.releasability());
		assertThat(huge.problems()).extracting(Problem::field).contains("budget");
		assertThat(applied().problems()).extracting(Problem::field).doesNotContain("budget");
	}

	static GrantData withShares(GrantData d, Money nato, Money partner) {
		return new GrantData(d.ref(), d.title(), d.description(), d.mechanism(), d.priorities(), d.natoDirector(),
				d.partnerDirector(), d.budget(), nato, partner, d.status(), d.reviewOn(), d.decidedOn(),
				d.decisionReason(), d.start(), d.end(), d.illustrative(), d.releasability());
	}

	@Test
	void reportsFallDueEverySixMonthsAndAFinalOneThreeMonthsAfterTheEnd() {
		assertThat(ReportSchedule.dueDates(date("2012-09"), date("2014-08"), TODAY)).containsExactly(
				new ReportSchedule.Due(LocalDate.of(2013, 3, 1), false),
				new ReportSchedule.Due(LocalDate.of(2013, 9, 1), false),
				new ReportSchedule.Due(LocalDate.of(2014, 3, 1), false),
				new ReportSchedule.Due(LocalDate.of(2014, 11, 30), true));
		// Without a known end, the six-monthly dates run to the first one after today.
		assertThat(ReportSchedule.dueDates(date("2014-01-15"), null, TODAY)).extracting(ReportSchedule.Due::on)
			.containsExactly(LocalDate.of(2014, 7, 15), LocalDate.of(2015, 1, 15), LocalDate.of(2015, 7, 15));
		assertThat(ReportSchedule.dueDates(null, null, TODAY)).isEmpty();
	}

	@Test
	void unsubmittedReportsDueBeforeTodayAreOverdue() {
		Grant grant = active("2013-09", "2015-08");
		grant.submitReport(new ReportData(LocalDate.of(2014, 3, 1), LocalDate.of(2014, 3, 20), "First six months."),
				TODAY, NOW);

		List<ReportDue> schedule = ReportSchedule.schedule(grant.status(), grant.start(), grant.end(), grant.reports(),
				TODAY);
		assertThat(schedule).extracting(ReportDue::dueOn, ReportDue::status)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2014, 3, 1), ReportDue.Status.SUBMITTED),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2014, 9, 1), ReportDue.Status.OVERDUE),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2015, 3, 1), ReportDue.Status.DUE),
					org.assertj.core.groups.Tuple.tuple(LocalDate.of(2015, 11, 30), ReportDue.Status.DUE));
		assertThat(schedule.get(3).finalReport()).isTrue();
		// Due today is not overdue yet.
		assertThat(ReportSchedule.schedule(grant.status(), grant.start(), grant.end(), grant.reports(),
				LocalDate.of(2015, 3, 1)))
			.filteredOn(d -> d.dueOn().equals(LocalDate.of(2015, 3, 1)))
			.extracting(ReportDue::status)
			.containsExactly(ReportDue.Status.DUE);
	}

	@Test
	void aReportAnswersADueDateOnceAndNotInTheFuture() {
		Grant grant = active("2013-09", "2015-08");
		assertThatThrownBy(() -> grant.submitReport(new ReportData(LocalDate.of(2014, 4, 1), null, "x"), TODAY, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("No report of this grant is due on 2014-04-01");
		grant.submitReport(new ReportData(LocalDate.of(2014, 3, 1), null, "First."), TODAY, NOW);
		assertThat(grant.reports()).singleElement().satisfies(r -> assertThat(r.submittedOn()).isEqualTo(TODAY));
		assertThatThrownBy(
				() -> grant.submitReport(new ReportData(LocalDate.of(2014, 3, 1), null, "Again."), TODAY, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("submitted already");
		assertThatThrownBy(() -> grant
			.submitReport(new ReportData(LocalDate.of(2014, 9, 1), TODAY.plusDays(1), "Tomorrow."), TODAY, NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("future");

		Grant applied = Grant.record(SERBIA, applied(), NATIONS, NOW);
		assertThatThrownBy(() -> applied.submitReport(new ReportData(LocalDate.of(2014, 3, 1), null, "x"), TODAY, NOW))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void anEditCannotChangeTheStatus() {
		Grant grant = Grant.record(SERBIA, applied(), NATIONS, NOW);
		GrantData approved = data(GrantMechanism.MULTI_YEAR_PROJECT, GrantStatus.APPROVED, "2012", null, null, "DEU",
				"SRB");
		assertThatThrownBy(() -> grant.revise(approved, NATIONS, NOW)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Use the lifecycle actions");
	}

	@Test
	void anImportOfTheSameDataIsTheSame() {
		Grant grant = active("2013-09", "2015-08");
		GrantData data = data(GrantMechanism.MULTI_YEAR_PROJECT, GrantStatus.ACTIVE, "2012-01", "2013-09", "2015-08",
				"DEU", "SRB");
		List<ReportData> reports = List
			.of(new ReportData(LocalDate.of(2014, 3, 1), LocalDate.of(2014, 3, 20), "First."));
		grant.restate(data, reports, NATIONS, TODAY, NOW);
		assertThat(grant.holds(data, NATIONS, reports)).isTrue();
		assertThat(grant.holds(data, NATIONS, List.of())).isFalse();
	}

	@Test
	void theDemoGrantsAreValidIllustrativeAndUpToDateInTheirReports() throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		JsonNode root;
		try (var in = getClass().getResourceAsStream("/demo/serbia-dossier.json")) {
			root = json.readTree(in);
		}
		Nations nations = new Nations(Set.of(NationCode.of("NOR"), NationCode.of("ITA"), NationCode.of("NLD")),
				Set.of(SERBIA));
		LocalDate asOfSeed = LocalDate.of(2015, 2, 11);
		try (var factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			assertThat(root.get("grants").size()).isEqualTo(3);
			for (JsonNode node : root.get("grants")) {
				List<ReportData> reports = json.readerForListOf(ReportData.class).readValue(node.get("reports"));
				Instant updatedAt = Instant.parse(node.get("updatedAt").asString());
				GrantData data = json.treeToValue(((ObjectNode) node).without(List.of("reports", "updatedAt")),
						GrantData.class);
				assertThat(validator.validate(data)).isEmpty();
				assertThat(data.illustrative()).isTrue();
				assertThat(data.natoDirector().name()).contains("(illustrative)");
				assertThat(data.partnerDirector().name()).contains("(illustrative)");
				Grant grant = Grant.record(SERBIA, data, nations, updatedAt);
				grant.restate(data, reports, nations, asOfSeed, updatedAt);
				assertThat(grant.holds(data, nations, reports)).isTrue();
				assertThat(
						ReportSchedule.schedule(grant.status(), grant.start(), grant.end(), grant.reports(), asOfSeed))
					.extracting(ReportDue::status)
					.doesNotContain(ReportDue.Status.OVERDUE);
			}
		}
	}

	private static List<Problem> problems(GrantData data) {
		return data.problems();
	}

}
