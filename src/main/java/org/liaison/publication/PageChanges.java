package org.liaison.publication;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.liaison.agreement.AgreementSummary;
import org.liaison.dialogue.BodySummary;
import org.liaison.dialogue.MeetingSummary;
import org.liaison.dialogue.StatementSummary;
import org.liaison.directory.RoleSummary;
import org.liaison.fund.ProjectDetails;
import org.liaison.fund.StatusChange;
import org.liaison.fund.TransactionSummary;
import org.liaison.partner.MembershipSummary;
import org.liaison.plan.PlanSummary;
import org.liaison.science.GrantSummary;
import org.liaison.shared.PartialDate;
import org.liaison.timeline.MilestoneSummary;

/**
 * The days on which a partner's public page changed, by the dates of its public records:
 * each is a day the page can be shown as of, latest first. A loosely dated record
 * ("2009") changed the page on the first day its date may stand for.
 */
final class PageChanges {

	private PageChanges() {
	}

	static List<LocalDate> days(List<LocalDate> versionDays, List<MembershipSummary> memberships,
			List<AgreementSummary> agreements, List<RoleSummary> roles, List<BodySummary> bodies,
			List<StatementSummary> statements, List<MilestoneSummary> milestones, List<ProjectDetails> projects,
			List<GrantSummary> grants, List<PlanSummary> plans, List<MeetingSummary> meetings, LocalDate today) {
		Stream<PartialDate> dates = Stream
			.of(memberships.stream().flatMap(m -> Stream.of(m.since(), m.until())),
					agreements.stream()
						.flatMap(a -> Stream.of(a.submittedOn(), a.agreedOn(), a.inForceOn(), a.endedOn())),
					roles.stream().flatMap(r -> Stream.of(r.from(), r.until())),
					bodies.stream().flatMap(b -> Stream.of(b.established(), b.dissolved())),
					statements.stream().map(StatementSummary::date), milestones.stream().map(MilestoneSummary::date),
					projects.stream().flatMap(PageChanges::dates),
					grants.stream().flatMap(g -> Stream.of(g.start(), g.end())),
					plans.stream().flatMap(p -> Stream.of(p.periodFrom(), p.periodTo())),
					meetings.stream().map(MeetingSummary::date))
			.flatMap(s -> s);
		return Stream
			.concat(versionDays.stream(),
					Stream.concat(dates.filter(Objects::nonNull).map(PartialDate::firstDay),
							projects.stream().flatMap(p -> p.transactions().stream().map(TransactionSummary::on))))
			.filter(day -> !day.isAfter(today))
			.distinct()
			.sorted(Comparator.reverseOrder())
			.toList();
	}

	private static Stream<PartialDate> dates(ProjectDetails details) {
		return Stream
			.of(Stream.of(details.project().actualStart(), details.project().actualEnd()),
					details.project().changes().stream().map(StatusChange::on),
					details.outputs().stream().flatMap(o -> o.values().stream().map(v -> v.on())))
			.flatMap(s -> s);
	}

}
