package org.liaison.publication;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementSummary;
import org.liaison.dialogue.BodySummary;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.MeetingService;
import org.liaison.dialogue.MeetingSummary;
import org.liaison.dialogue.StatementSummary;
import org.liaison.activity.MenuService;
import org.liaison.activity.ActivitySummary;
import org.liaison.fund.PortfolioService;
import org.liaison.fund.ProjectDetails;
import org.liaison.fund.ProjectService;
import org.liaison.science.GrantSummary;
import org.liaison.science.ScienceService;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.RoleSummary;
import org.liaison.partner.MembershipSummary;
import org.liaison.partner.NarrativeSection;
import org.liaison.partner.NarrativeSummary;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerDetails;
import org.liaison.partner.PartnerService;
import org.liaison.plan.PlanService;
import org.liaison.plan.PlanSummary;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.timeline.MilestoneSummary;
import org.liaison.timeline.TimelineService;
import org.liaison.timeline.TimelineYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assembles a partner's public page from its {@code PUBLIC} records only: every read here
 * is made as the anonymous public, whoever asks.
 */
@Service
@Transactional(readOnly = true)
public class RelationsService {

	private static final Audience PUBLIC = Audience.ANONYMOUS;

	/**
	 * Activities the page names as examples of the partner's participation: a partner may
	 * have taken part in thousands, which no reader goes through.
	 */
	static final int EXAMPLES = 25;

	private final PartnerService partners;

	private final AgreementService agreements;

	private final DirectoryService directory;

	private final DialogueService dialogue;

	private final TimelineService timeline;

	private final PlanService plans;

	private final MeetingService meetings;

	private final ProjectService funds;

	private final PortfolioService portfolios;

	private final MenuService activities;

	private final ScienceService science;

	private final MessageSource messages;

	private final String organisationName;

	private final Clock clock;

	RelationsService(PartnerService partners, AgreementService agreements, DirectoryService directory,
			DialogueService dialogue, TimelineService timeline, PlanService plans, MeetingService meetings,
			ProjectService funds, PortfolioService portfolios, MenuService activities, ScienceService science,
			MessageSource messages, @Value("${liaison.organisation-name:NATO}") String organisationName, Clock clock) {
		this.partners = partners;
		this.agreements = agreements;
		this.directory = directory;
		this.dialogue = dialogue;
		this.timeline = timeline;
		this.plans = plans;
		this.meetings = meetings;
		this.funds = funds;
		this.portfolios = portfolios;
		this.activities = activities;
		this.science = science;
		this.messages = messages;
		this.organisationName = organisationName;
		this.clock = clock;
	}

	public RelationsPage page(NationCode code, Locale locale) {
		return page(code, locale, null);
	}

	/**
	 * The page as it stands today, or as its records say it stood on a past day: only
	 * what had begun by then, with the status, texts and figures of that day. It is built
	 * here on every call; {@link PublishedPages} keeps today's for its readers.
	 */
	public RelationsPage page(NationCode code, Locale locale, @Nullable LocalDate on) {
		return build(code, locale, on);
	}

	private RelationsPage build(NationCode code, Locale locale, @Nullable LocalDate on) {
		PageDay day = new PageDay(on);
		PartnerDetails partner = on == null ? partners.partner(code, PUBLIC) : partners.partner(code, PUBLIC, on);
		List<NarrativeSummary> narratives = on == null ? partners.narratives(code, PUBLIC)
				: partners.narratives(code, PUBLIC, on);
		List<MembershipSummary> allMemberships = partners.memberships(code, PUBLIC);
		List<AgreementSummary> allAgreements = agreements.allAgreements(code, PUBLIC);
		List<RoleSummary> allRoles = directory.roles(code, PUBLIC);
		List<BodySummary> allBodies = dialogue.bodies(code, PUBLIC);
		List<StatementSummary> allStatements = dialogue.allStatements(code, PUBLIC);
		List<MilestoneSummary> allMilestones = timeline.timeline(code, PUBLIC);
		// Illustrative records were added to make a demo richer: they are never published
		// as fact.
		List<ProjectDetails> allProjects = portfolios
			.details(funds.allProjects(code, PUBLIC).stream().filter(p -> !p.illustrative()).toList(), PUBLIC);
		List<GrantSummary> allGrants = science.allGrants(code, PUBLIC).stream().filter(g -> !g.illustrative()).toList();
		List<PlanSummary> allPlans = PlansOnDay.published(plans.allPlans(code, PUBLIC));
		List<MeetingSummary> allMeetings = BodyMeetings.published(meetings, allBodies);
		List<LocalDate> changes = PageChanges.days(partners.versionDays(code, PUBLIC), allMemberships, allAgreements,
				allRoles, allBodies, allStatements, allMilestones, allProjects, allGrants, allPlans, allMeetings,
				LocalDate.now(clock));

		List<MembershipSummary> memberships = allMemberships.stream().filter(m -> day.began(m.since())).toList();
		List<AgreementSummary> agreementList = allAgreements.stream()
			.filter(a -> !day.past() || AgreementsOnDay.began(a, day))
			.toList();
		List<RoleSummary> roles = allRoles.stream().filter(r -> day.began(r.from())).toList();
		List<BodySummary> bodies = allBodies.stream().filter(b -> day.began(b.established())).toList();
		List<StatementSummary> statements = allStatements.stream().filter(s -> day.began(s.date())).toList();
		List<MilestoneSummary> milestones = allMilestones.stream().filter(m -> day.began(m.date())).toList();
		List<ProjectDetails> projects = allProjects.stream().filter(p -> TrustFunds.begun(p.project(), day)).toList();
		List<GrantSummary> grants = allGrants.stream().filter(g -> day.began(g.start())).toList();
		List<PlanSummary> planList = allPlans.stream().filter(p -> day.began(p.periodFrom())).toList();
		List<MeetingSummary> meetingList = allMeetings.stream().filter(m -> day.began(m.date())).toList();
		List<ActivitySummary> examples = activities.publicExamples(code, on, EXAMPLES);
		// An organisation is named as it was named on the page's day (NAMSA before July
		// 2012, the NSPA after).
		LocalDate named = on == null ? LocalDate.now(clock) : on;
		Map<String, String> organisationNames = new HashMap<>();
		directory.allOrganisations(PUBLIC).forEach(o -> organisationNames.put(o.ref(), o.nameOn(named)));
		Map<NationCode, String> nationNames = new HashMap<>();
		partners.nations().forEach(n -> nationNames.put(n.code(), n.name(locale)));
		Map<String, String> planTypes = new HashMap<>();
		plans.types().forEach(t -> planTypes.put(t.code(), t.name()));

		// The page changed last when the latest of its records did; derived milestones
		// follow their records and so are not counted twice. On a past day a record
		// counts
		// from when it changed by then, or from the day its content took effect.
		Instant lastUpdated = Stream
			.of(Stream.of(day.changed(partner.updatedAt(), partner.effectiveFrom())),
					narratives.stream().map(n -> day.changed(n.updatedAt(), n.effectiveFrom())),
					memberships.stream()
						.map(m -> day.changed(m.updatedAt(), PageDay.latest(m.since(), day.reached(m.until())))),
					agreementList.stream().map(a -> day.changed(a.updatedAt(), AgreementsOnDay.latestDate(a, day))),
					roles.stream()
						.map(r -> day.changed(r.updatedAt(), PageDay.latest(r.from(), day.reached(r.until())))),
					bodies.stream().map(b -> day.changed(b.updatedAt(), PageDay.latest(b.established()))),
					statements.stream().map(s -> day.changed(s.updatedAt(), PageDay.latest(s.date()))),
					projects.stream()
						.map(p -> day.changed(p.project().updatedAt(),
								PageDay.latest(TrustFunds.start(p.project()), day.reached(p.project().actualEnd())))),
					grants.stream().map(g -> day.changed(g.updatedAt(), PageDay.latest(g.start()))),
					planList.stream()
						.map(p -> day.changed(p.updatedAt(),
								PageDay.latest(p.periodFrom(), day.reached(p.periodTo())))),
					meetingList.stream().map(m -> day.changed(m.updatedAt(), PageDay.latest(m.date()))),
					examples.stream().map(a -> day.changed(a.updatedAt(), a.activeFrom())),
					milestones.stream()
						.filter(m -> !m.derived())
						.map(m -> day.changed(m.updatedAt(), PageDay.latest(m.date()))))
			.flatMap(s -> s)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			// Nothing shown is known to have changed by then: the page is dated by its
			// day.
			.orElseGet(() -> on == null ? partner.updatedAt() : on.atStartOfDay(ZoneOffset.UTC).toInstant());

		String title = messages.getMessage("relations.title", new Object[] { organisationName, partner.name() },
				locale);
		return new RelationsPage(title, code, partner.name(), on, lastUpdated, changes, partner.summary(),
				partner.policy(), partner.aspirant(), narratives(narratives, NarrativeSection.OVERVIEW),
				statements.stream()
					.sorted(Comparator.comparing(StatementSummary::date).reversed())
					.map(s -> new RelationsPage.Statement(s.kind(), s.title(), s.speaker(), s.date(), s.place(),
							s.quote(), s.summary(), s.source()))
					.toList(),
				narratives(narratives, NarrativeSection.FRAMEWORK),
				memberships.stream()
					.map(m -> new RelationsPage.Membership(m.frameworkName(), m.since(), day.reached(m.until())))
					.toList(),
				agreementList.stream()
					.map(a -> new RelationsPage.Agreement(a.title(), a.typeName(locale),
							AgreementsOnDay.status(a, day).name(), day.reached(a.submittedOn()),
							day.reached(a.agreedOn()), day.reached(a.inForceOn()), day.reached(a.endedOn()),
							a.description(), a.parties().stream().map(p -> p.name()).toList()))
					.toList(),
				PlansOnDay.of(planList, planTypes, day),
				roles.stream()
					.map(r -> new RelationsPage.Office(
							organisationNames.getOrDefault(r.organisationRef(), r.organisationName()),
							messages.getMessage("relations.role." + r.kind(), null, r.kindName(locale), locale),
							r.organisationCity(), r.from(), day.reached(r.until()), r.tasks()))
					.toList(),
				bodies.stream()
					.map(b -> new RelationsPage.Body(b.name(), b.shortName(), b.purpose(), b.basis(), b.members(),
							b.established(), BodyMeetings.of(b, meetingList), b.kindName(locale)))
					.toList(),
				narratives(narratives, NarrativeSection.AREA),
				examples.stream()
					.map(a -> new RelationsPage.Example(a.title(), a.type().name(), a.areaName()))
					.toList(),
				projects.stream().map(p -> TrustFunds.of(p, organisationNames, nationNames, day)).toList(),
				grants.stream()
					.map(g -> new RelationsPage.Grant(g.title(), g.mechanism().name(), g.status().name(), g.start(),
							day.reached(g.end())))
					.toList(),
				evolution(milestones), allySince(code, on));
	}

	private @Nullable PartialDate allySince(NationCode code, @Nullable LocalDate on) {
		NationSummary nation = partners.nation(code);
		return nation.allyOn(on == null ? LocalDate.now(clock) : on) ? nation.natoMemberSince() : null;
	}

	private static List<RelationsPage.Narrative> narratives(List<NarrativeSummary> narratives,
			NarrativeSection section) {
		return narratives.stream()
			.filter(n -> n.section() == section)
			.sorted(Comparator.comparingInt(NarrativeSummary::position))
			.map(n -> new RelationsPage.Narrative(n.heading(), n.paragraphs(), NarrativeBlocks.of(n.paragraphs())))
			.toList();
	}

	private static List<RelationsPage.Year> evolution(List<MilestoneSummary> milestones) {
		List<RelationsPage.Year> years = new ArrayList<>();
		for (TimelineYear year : TimelineYear.group(milestones)) {
			years.add(new RelationsPage.Year(year.year(),
					year.milestones().stream().map(m -> new RelationsPage.Milestone(m.date(), m.text())).toList()));
		}
		return years;
	}

}
