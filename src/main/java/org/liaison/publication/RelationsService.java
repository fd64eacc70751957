package org.liaison.publication;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.liaison.agreement.AgreementService;
import org.liaison.agreement.AgreementSummary;
import org.liaison.dialogue.BodySummary;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.StatementSummary;
import org.liaison.activity.MenuService;
import org.liaison.activity.ActivitySummary;
import org.liaison.fund.OutputValueData;
import org.liaison.fund.PortfolioService;
import org.liaison.fund.ProjectDetails;
import org.liaison.fund.ProjectService;
import org.liaison.fund.ProjectSummary;
import org.liaison.fund.TransactionSummary;
import org.liaison.science.GrantSummary;
import org.liaison.science.ScienceService;
import org.liaison.shared.Money;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.RoleSummary;
import org.liaison.partner.MembershipSummary;
import org.liaison.partner.NarrativeSection;
import org.liaison.partner.NarrativeSummary;
import org.liaison.partner.PartnerDetails;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.timeline.MilestoneSummary;
import org.liaison.timeline.TimelineService;
import org.liaison.timeline.TimelineYear;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Assembles a partner's public page from its {@code PUBLIC} records only: every read here
 * is made as the anonymous public, whoever asks.
 */
@Service
@Transactional(readOnly = true)
public class RelationsService {

	private static final Audience PUBLIC = Audience.ANONYMOUS;

	private final PartnerService partners;

	private final AgreementService agreements;

	private final DirectoryService directory;

	private final DialogueService dialogue;

	private final TimelineService timeline;

	private final ProjectService funds;

	private final PortfolioService portfolios;

	private final MenuService activities;

	private final ScienceService science;

	private final MessageSource messages;

	private final String organisationName;

	private final JsonMapper json;

	RelationsService(PartnerService partners, AgreementService agreements, DirectoryService directory,
			DialogueService dialogue, TimelineService timeline, ProjectService funds, PortfolioService portfolios,
			MenuService activities, ScienceService science, MessageSource messages,
			@Value("${liaison.organisation-name:NATO}") String organisationName, JsonMapper json) {
		this.partners = partners;
		this.agreements = agreements;
		this.directory = directory;
		this.dialogue = dialogue;
		this.timeline = timeline;
		this.funds = funds;
		this.portfolios = portfolios;
		this.activities = activities;
		this.science = science;
		this.messages = messages;
		this.organisationName = organisationName;
		this.json = json;
	}

	public RelationsPage page(NationCode code, Locale locale) {
		PartnerDetails partner = partners.partner(code, PUBLIC);
		List<NarrativeSummary> narratives = partners.narratives(code, PUBLIC);
		List<MembershipSummary> memberships = partners.memberships(code, PUBLIC);
		List<AgreementSummary> agreementList = agreements.allAgreements(code, PUBLIC);
		List<RoleSummary> roles = directory.roles(code, PUBLIC);
		List<BodySummary> bodies = dialogue.bodies(code, PUBLIC);
		List<StatementSummary> statements = dialogue.allStatements(code, PUBLIC);
		List<MilestoneSummary> milestones = timeline.timeline(code, PUBLIC);
		// Illustrative records were added to make a demo richer: they are never published
		// as fact.
		List<ProjectDetails> projects = portfolios
			.details(funds.allProjects(code, PUBLIC).stream().filter(p -> !p.illustrative()).toList(), PUBLIC);
		List<GrantSummary> grants = science.allGrants(code, PUBLIC).stream().filter(g -> !g.illustrative()).toList();
		List<ActivitySummary> examples = activities.publicExamples(code);
		Map<String, String> organisationNames = new HashMap<>();
		directory.allOrganisations(PUBLIC).forEach(o -> organisationNames.put(o.ref(), o.name()));

		// The page changed last when the latest of its records did; derived milestones
		// follow
		// their records and so are not counted twice.
		Instant lastUpdated = Stream
			.of(Stream.of(partner.updatedAt()), narratives.stream().map(NarrativeSummary::updatedAt),
					memberships.stream().map(MembershipSummary::updatedAt),
					agreementList.stream().map(AgreementSummary::updatedAt), roles.stream().map(RoleSummary::updatedAt),
					bodies.stream().map(BodySummary::updatedAt), statements.stream().map(StatementSummary::updatedAt),
					projects.stream().map(p -> p.project().updatedAt()), grants.stream().map(GrantSummary::updatedAt),
					examples.stream().map(ActivitySummary::updatedAt),
					milestones.stream().filter(m -> !m.derived()).map(MilestoneSummary::updatedAt))
			.flatMap(s -> s)
			.max(Comparator.naturalOrder())
			.orElse(partner.updatedAt());

		String title = messages.getMessage("relations.title", new Object[] { organisationName, partner.name() },
				locale);
		return new RelationsPage(title, code, partner.name(), lastUpdated, partner.summary(), partner.policy(),
				partner.aspirant(), narratives(narratives, NarrativeSection.OVERVIEW),
				statements.stream()
					.sorted(Comparator.comparing(StatementSummary::date).reversed())
					.map(s -> new RelationsPage.Statement(s.kind(), s.title(), s.speaker(), s.date(), s.place(),
							s.quote(), s.summary(), s.source()))
					.toList(),
				narratives(narratives, NarrativeSection.FRAMEWORK),
				memberships.stream()
					.map(m -> new RelationsPage.Membership(m.frameworkName(), m.since(), m.until()))
					.toList(),
				agreementList.stream()
					.map(a -> new RelationsPage.Agreement(a.title(), a.typeName(locale), a.status().name(),
							a.submittedOn(), a.agreedOn(), a.inForceOn(), a.endedOn(), a.description(),
							a.parties().stream().map(p -> p.name()).toList()))
					.toList(),
				roles.stream()
					.map(r -> new RelationsPage.Office(r.organisationName(),
							messages.getMessage("relations.role." + r.kind(), null, r.kindName(locale), locale),
							r.organisationCity(), r.from(), r.until(), r.tasks()))
					.toList(),
				bodies.stream()
					.map(b -> new RelationsPage.Body(b.name(), b.shortName(), b.purpose(), b.basis(), b.members(),
							b.established()))
					.toList(),
				narratives(narratives, NarrativeSection.AREA),
				examples.stream()
					.map(a -> new RelationsPage.Example(a.title(), a.type().name(), a.areaName()))
					.toList(),
				projects.stream().map(p -> trustFund(p, organisationNames)).toList(),
				grants.stream()
					.map(g -> new RelationsPage.Grant(g.title(), g.mechanism().name(), g.status().name(), g.start(),
							g.end()))
					.toList(),
				evolution(milestones));
	}

	private static RelationsPage.TrustFund trustFund(ProjectDetails details, Map<String, String> organisationNames) {
		ProjectSummary project = details.project();
		Money budget = details.figures().budget();
		// Ledger totals are published only when every entry is a fact, not an
		// illustration.
		boolean factualLedger = !details.transactions().isEmpty()
				&& details.transactions().stream().noneMatch(TransactionSummary::illustrative);
		return new RelationsPage.TrustFund(project.title(), project.objective(), project.status().name(),
				project.actualStart(), project.actualEnd(),
				project.executingAgent() == null ? null : organisationNames.get(project.executingAgent()),
				project.leadNationsIllustrative() ? List.of() : project.leadNations(),
				budget == null || budget.amount().signum() == 0 ? null : budget,
				factualLedger ? details.figures().received() : null, factualLedger ? details.figures().spent() : null,
				details.outputs().stream().map(output -> {
					OutputValueData latest = output.latest();
					return new RelationsPage.Output(output.label(), output.unit(), output.target(),
							latest == null ? null : latest.value(), latest == null ? null : latest.on(),
							latest == null ? null : latest.source(), output.targetQualifier(),
							latest == null ? null : latest.qualifier());
				}).toList());
	}

	/** A short hash of everything the page shows, for its ETag. */
	public String fingerprint(RelationsPage page) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(page));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<RelationsPage.Narrative> narratives(List<NarrativeSummary> narratives,
			NarrativeSection section) {
		return narratives.stream()
			.filter(n -> n.section() == section)
			.sorted(Comparator.comparingInt(NarrativeSummary::position))
			.map(n -> new RelationsPage.Narrative(n.heading(), n.paragraphs()))
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
