package org.liaison.fund;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.liaison.fund.internal.Project;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A project's lifecycle, its data's consistency and its milestones, without Spring. */
class ProjectTests {

	static final NationCode AUSTRIA = NationCode.of("AUT");

	static final Instant NOW = Instant.parse("2015-02-01T10:00:00Z");

	static ProjectData data(ProjectStatus status, String actualStart, String actualEnd, boolean illustrative) {
		return new ProjectData("", "Ammunition demilitarisation", "Destroy surplus ammunition.", List.of(AUSTRIA),
				false, null, "15250", Currency.getInstance("EUR"), PartialDate.parseOrNull("2013"),
				PartialDate.parseOrNull("2016"), PartialDate.parseOrNull(actualStart),
				PartialDate.parseOrNull(actualEnd),
				List.of(new PhaseData("Phase 1", date("2013-07"), date("2014-12"), new BigDecimal("1000000.00")),
						new PhaseData("Phase 2", date("2015"), date("2016"), new BigDecimal("250000.50"))),
				status, illustrative, "Launched.", null, Releasability.PUBLIC);
	}

	static PartialDate date(String iso) {
		return PartialDate.parse(iso);
	}

	static Project scoping() {
		return Project.record(AUSTRIA, data(ProjectStatus.SCOPING, null, null, false), NOW);
	}

	@Test
	void goesThroughTheWholeLifecycleAndBackFromSuspension() {
		Project project = scoping();

		project.move(ProjectMove.PROPOSE, date("2012"), "Proposed by Austria", NOW);
		project.move(ProjectMove.OPEN_FUNDRAISING, date("2012-10"), "Approved for fundraising", NOW);
		project.move(ProjectMove.LAUNCH, date("2013-07"), "Funds for phase 1 received", NOW);
		assertThat(project.status()).isEqualTo(ProjectStatus.IN_EXECUTION);
		assertThat(project.actualStart()).isEqualTo(date("2013-07"));
		project.move(ProjectMove.SUSPEND, date("2014-02"), "Floods", NOW);
		assertThat(project.status()).isEqualTo(ProjectStatus.SUSPENDED);
		project.move(ProjectMove.RESUME, date("2014-06"), "Site dry again", NOW);
		assertThat(project.status()).isEqualTo(ProjectStatus.IN_EXECUTION);
		project.move(ProjectMove.COMPLETE, date("2015-12"), "All destroyed", NOW);
		assertThat(project.actualEnd()).isEqualTo(date("2015-12"));
		project.move(ProjectMove.CLOSE, date("2016-03"), "Accounts audited", NOW);
		assertThat(project.status()).isEqualTo(ProjectStatus.CLOSED);
		assertThat(project.changes()).extracting(StatusChange::reason)
			.containsExactly("Proposed by Austria", "Approved for fundraising", "Funds for phase 1 received", "Floods",
					"Site dry again", "All destroyed", "Accounts audited");
	}

	@Test
	void illegalMovesAreRefusedWithAClearMessage() {
		Project project = scoping();

		assertThatThrownBy(() -> project.move(ProjectMove.LAUNCH, date("2013"), "Too early", NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("A project that is SCOPING cannot be launched; it can be proposed");
		assertThatThrownBy(() -> project.move(ProjectMove.RESUME, null, null, NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("cannot resume");
		Project closed = Project.record(AUSTRIA, data(ProjectStatus.CLOSED, "2013-07", "2015", false), NOW);
		assertThatThrownBy(() -> closed.move(ProjectMove.SUSPEND, date("2016"), "No", NOW))
			.isInstanceOf(RuleViolationException.class)
			.hasMessage("A project that is CLOSED cannot be suspended; it can no longer move");
	}

	@Test
	void everyMoveTakesADateNotBeforeTheLastAndAReason() {
		Project project = Project.record(AUSTRIA, data(ProjectStatus.IN_EXECUTION, "2013-07", null, false), NOW);

		assertThatThrownBy(() -> project.move(ProjectMove.SUSPEND, null, " ", NOW))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems()).extracting(Problem::field)
				.containsExactly("on", "reason"));
		assertThatThrownBy(() -> project.move(ProjectMove.SUSPEND, date("2013-06"), "Floods", NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("cannot be before");
		assertThat(project.status()).isEqualTo(ProjectStatus.IN_EXECUTION);
	}

	@Test
	void dataIsCheckedForConsistency() {
		assertThat(data(ProjectStatus.IN_EXECUTION, null, null, false).problems()).extracting(Problem::field)
			.containsExactly("actualStart");
		assertThat(data(ProjectStatus.CLOSED, null, "2015", false).problems()).isEmpty();
		assertThat(data(ProjectStatus.FUNDRAISING, "2013", null, false).problems()).extracting(Problem::field)
			.containsExactly("actualStart");
		assertThat(data(ProjectStatus.COMPLETED, "2015", "2013", false).problems()).extracting(Problem::field)
			.containsExactly("actualEnd");
		ProjectData noLeads = new ProjectData("", "T", null, List.of(), false, null, "15250",
				Currency.getInstance("EUR"), null, null, null, null, List.of(), ProjectStatus.SCOPING, false, null,
				null, Releasability.PUBLIC);
		assertThat(noLeads.problems()).isEmpty();
	}

	@Test
	void sourcesThatNameNoLeadNationOrNoEndDateAreRecordedAsTheyStand() {
		assertThat(data(ProjectStatus.COMPLETED, "2013", null, false).problems()).isEmpty();
		ProjectData twice = new ProjectData("", "T", null, List.of(NationCode.of("NOR"), NationCode.of("NOR")), false,
				null, "15250", Currency.getInstance("EUR"), null, null, null, null, List.of(), ProjectStatus.SCOPING,
				false, null, null, Releasability.PUBLIC);
		assertThat(twice.problems()).extracting(Problem::message).containsExactly("A lead nation is named twice");
	}

	@Test
	void anEditNeverChangesTheStatus() {
		Project project = scoping();
		assertThatThrownBy(() -> project.revise(data(ProjectStatus.IN_EXECUTION, "2013", null, false), NOW))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("Use the lifecycle actions");
	}

	@Test
	void milestonesFollowTheStatusAndIllustrativeProjectsHaveNone() {
		Project running = Project.record(AUSTRIA, data(ProjectStatus.IN_EXECUTION, "2013-07", null, false), NOW);
		assertThat(running.facts().entries()).containsExactly(new Entry("launched", date("2013-07"), "Launched."));
		assertThat(running.facts().sourceType()).isEqualTo("fund-project");

		running.move(ProjectMove.COMPLETE, date("2015"), "Done", NOW);
		assertThat(running.facts().entries()).extracting(Entry::kind).containsExactly("launched", "completed");
		assertThat(running.facts().entries().get(1).text())
			.isEqualTo("The trust fund project Ammunition demilitarisation is completed.");

		Project demo = Project.record(AUSTRIA, data(ProjectStatus.COMPLETED, "2013-07", "2015", true), NOW);
		assertThat(demo.facts().entries()).isEmpty();
		assertThat(scoping().facts().entries()).isEmpty();
	}

	@Test
	void aSuspensionAndItsResumptionAreOnTheTimelineWithoutTheirReasons() {
		Project running = Project.record(AUSTRIA, data(ProjectStatus.IN_EXECUTION, "2013-07", null, false), NOW);
		running.move(ProjectMove.SUSPEND, date("2014-02"), "Contractor under audit", NOW);
		running.move(ProjectMove.RESUME, date("2014-09"), "Audit closed", NOW);
		assertThat(running.facts().entries()).extracting(Entry::kind, Entry::date)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("launched", date("2013-07")),
					org.assertj.core.groups.Tuple.tuple("suspended", date("2014-02")),
					org.assertj.core.groups.Tuple.tuple("resumed", date("2014-09")));
		assertThat(running.facts().entries().get(1).text())
			.isEqualTo("The trust fund project Ammunition demilitarisation is suspended.");
		assertThat(running.facts().entries()).extracting(Entry::text).noneMatch(t -> t.contains("audit"));
	}

	@Test
	void theBudgetIsTheSumOfThePhases() {
		ProjectData data = data(ProjectStatus.SCOPING, null, null, false);
		Project project = Project.record(AUSTRIA, data, NOW);
		ProjectSummary summary = new ProjectSummary(project.id(), AUSTRIA, project.ref(), project.title(), null,
				project.leadNations(), false, null, "15250", project.currency(), null, null, null, null,
				project.phases(), project.status(), List.of(), false, null, null, Releasability.PUBLIC, NOW, 0);
		assertThat(summary.budget().toString()).isEqualTo("EUR 1250000.50");
	}

}
