package org.liaison.fund;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationSummary;
import org.liaison.fund.PortfolioSummary.DonorTotal;
import org.liaison.fund.PortfolioSummary.OutputTotal;
import org.liaison.fund.PortfolioSummary.ProjectLine;
import org.liaison.fund.ProjectFigures.DonorShare;
import org.liaison.fund.internal.FundQueries;
import org.liaison.fund.internal.IatiWriter;
import org.liaison.fund.internal.Ledger;
import org.liaison.fund.internal.LedgerStore;
import org.liaison.fund.internal.Project;
import org.liaison.fund.internal.ProjectRepository;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.LifecycleMove.Transition;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleRecordException;
import org.liaison.shared.Texts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund module's API: trust-fund projects, their lifecycle, their ledger, exchange rates,
 * outputs, the figures derived from them, portfolios and the IATI export. Reads take the
 * reader's {@link Audience} and apply it in SQL; a project the reader may not see is reported as
 * not found. A write to a project's ledger or outputs locks the project's row and moves its
 * version, so the ledger's rules hold under concurrent writers. Every write publishes an event
 * with the project's milestones.
 * <p>
 * NATO staff keep everything. A project's executing agent reads its own projects whatever their
 * releasability and reports on them: it records and reverses the entries that are its own acts
 * ({@link TransactionKind#reportedByAgent()}) and the values its outputs achieve. Defining the
 * outputs (their items and targets, agreed with the donors), moving the lifecycle and the
 * donors' money stay with NATO staff.
 */
@Service
@Transactional(readOnly = true)
public class FundService {

	private final FundQueries queries;

	private final ProjectRepository projects;

	private final LedgerStore store;

	private final PartnerService partners;

	private final DirectoryService directory;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FundService(FundQueries queries, ProjectRepository projects, LedgerStore store, PartnerService partners,
			DirectoryService directory, ApplicationEventPublisher events, Clock clock) {
		this.queries = queries;
		this.projects = projects;
		this.store = store;
		this.partners = partners;
		this.directory = directory;
		this.events = events;
		this.clock = clock;
	}

	// Reads

	public PageOf<ProjectSummary> projects(NationCode partner, Audience audience, PageOf.Request page) {
		return queries.projects(partner, audience, page);
	}

	public List<ProjectSummary> allProjects(NationCode partner, Audience audience) {
		return queries.allProjects(partner, audience);
	}

	public ProjectSummary project(UUID id, Audience audience) {
		return queries.project(id, audience).orElseThrow(() -> new RecordNotFoundException("project", id));
	}

	public ProjectSummary project(NationCode partner, String ref, Audience audience) {
		return queries.project(partner, ref, audience)
			.orElseThrow(() -> new RecordNotFoundException("project", partner + "/" + ref));
	}

	/** A project with its figures, outputs and ledger. */
	public ProjectDetails details(ProjectSummary project, Audience audience) {
		List<TransactionSummary> ledger = transactions(project.id(), audience);
		return new ProjectDetails(project, figures(project, ledger), outputs(project.id(), audience), ledger);
	}

	/** Projects with their figures and outputs, loaded together: two queries however many there are. */
	public List<ProjectDetails> details(List<ProjectSummary> projects, Audience audience) {
		List<UUID> ids = projects.stream().map(ProjectSummary::id).toList();
		Map<UUID, List<TransactionSummary>> ledgers = queries.transactions(ids, audience);
		Map<UUID, List<OutputSummary>> outputs = queries.outputs(ids, audience);
		return projects.stream().map(project -> {
			List<TransactionSummary> ledger = ledgers.getOrDefault(project.id(), List.of());
			return new ProjectDetails(project, figures(project, ledger), outputs.getOrDefault(project.id(), List.of()),
					ledger);
		}).toList();
	}

	public ProjectDetails details(UUID id, Audience audience) {
		return details(project(id, audience), audience);
	}

	/** The ledger of a project in order. */
	public List<TransactionSummary> transactions(UUID id, Audience audience) {
		return queries.transactions(List.of(id), audience).getOrDefault(id, List.of());
	}

	public List<OutputSummary> outputs(UUID id, Audience audience) {
		return queries.outputs(List.of(id), audience).getOrDefault(id, List.of());
	}

	public ProjectFigures figures(UUID id, Audience audience) {
		ProjectSummary project = project(id, audience);
		return figures(project, transactions(id, audience));
	}

	private ProjectFigures figures(ProjectSummary project, List<TransactionSummary> ledger) {
		return new Ledger(project.currency(), ledger, store.rates()).figures(project.budget());
	}

	/** The portfolio of one partner as far as the reader may see it, totals in the given currency. */
	public PortfolioSummary portfolio(NationCode partner, Audience audience, Currency currency) {
		return portfolio(queries.allProjects(partner, audience), audience, currency);
	}

	/** The portfolio across all partners as far as the reader may see it. */
	public PortfolioSummary portfolio(Audience audience, Currency currency) {
		return portfolio(queries.allProjects(null, audience), audience, currency);
	}

	/** The portfolio across all partners of one executing agent, as far as the reader may see it. */
	public PortfolioSummary portfolioOfAgent(String agent, Audience audience, Currency currency) {
		return portfolio(queries.allProjects(null, agent, audience), audience, currency);
	}

	/**
	 * Whether the reader reports on this project as its executing agent: records its spending,
	 * reverses it and records the values of its outputs. NATO staff keep every project anyway.
	 */
	public boolean reportsOn(ProjectSummary project, Audience reader) {
		return !reader.isNatoStaff() && reader.isExecutingAgent(project.executingAgent());
	}

	private PortfolioSummary portfolio(List<ProjectSummary> list, Audience audience, Currency currency) {
		List<UUID> ids = list.stream().map(ProjectSummary::id).toList();
		Map<UUID, List<TransactionSummary>> ledgers = queries.transactions(ids, audience);
		Map<UUID, List<OutputSummary>> outputs = queries.outputs(ids, audience);
		List<ExchangeRateData> rates = store.rates();
		Map<ProjectStatus, Long> byStatus = new EnumMap<>(ProjectStatus.class);
		List<ProjectLine> lines = new ArrayList<>();
		Map<String, BigDecimal[]> donors = new LinkedHashMap<>();
		BigDecimal budget = BigDecimal.ZERO;
		BigDecimal pledged = BigDecimal.ZERO;
		BigDecimal received = BigDecimal.ZERO;
		BigDecimal spent = BigDecimal.ZERO;
		List<Money> unconverted = new ArrayList<>();
		Map<String, OutputTotal> outputTotals = new LinkedHashMap<>();
		for (ProjectSummary project : list) {
			byStatus.merge(project.status(), 1L, Long::sum);
			List<TransactionSummary> ledger = ledgers.getOrDefault(project.id(), List.of());
			lines.add(new ProjectLine(project, new Ledger(project.currency(), ledger, rates).figures(project.budget())));
			Ledger inTotal = new Ledger(currency, ledger, rates);
			ProjectFigures total = inTotal.figures(Amounts.money(BigDecimal.ZERO, currency));
			LocalDate budgetDate = project.start() != null ? project.start().firstDay() : LocalDate.now(clock);
			Optional<BigDecimal> convertedBudget = inTotal.convert(project.budget(), budgetDate);
			if (convertedBudget.isPresent()) {
				budget = budget.add(convertedBudget.get());
			}
			else {
				unconverted.add(project.budget());
			}
			pledged = pledged.add(total.pledged().amount());
			received = received.add(total.received().amount());
			spent = spent.add(total.spent().amount());
			unconverted.addAll(total.unconverted());
			for (DonorShare donor : total.donors()) {
				BigDecimal[] sums = donors.computeIfAbsent(donor.donor(), d -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
				sums[0] = sums[0].add(donor.pledged().amount());
				sums[1] = sums[1].add(donor.received().amount());
			}
			for (OutputSummary output : outputs.getOrDefault(project.id(), List.of())) {
				BigDecimal achieved = output.latest() == null ? BigDecimal.ZERO : output.latest().value();
				BigDecimal target = output.target() == null ? BigDecimal.ZERO : output.target();
				outputTotals.merge(output.item(), new OutputTotal(output.item(), output.label(), output.unit(), achieved, target),
						(a, b) -> new OutputTotal(a.item(), a.label(), a.unit(), a.achieved().add(b.achieved()),
								a.target().add(b.target())));
			}
		}
		List<DonorTotal> donorTotals = donors.entrySet()
			.stream()
			.map(e -> new DonorTotal(e.getKey(), Amounts.money(e.getValue()[0], currency), Amounts.money(e.getValue()[1], currency)))
			.sorted((a, b) -> b.received().amount().compareTo(a.received().amount()))
			.toList();
		return new PortfolioSummary(currency, lines, byStatus, Amounts.money(budget, currency),
				Amounts.money(pledged, currency), Amounts.money(received, currency), Amounts.money(spent, currency),
				donorTotals, List.copyOf(outputTotals.values()), unconverted);
	}

	// Writes: projects

	@Transactional
	public ProjectSummary add(NationCode partner, ProjectData data) {
		partners.requirePartner(partner);
		checkReferences(data);
		if (projects.findByPartnerAndRef(partner, data.refOrDefault()).isPresent()) {
			throw refTaken(data);
		}
		Project project = projects.save(Project.record(partner, data, now()));
		events.publishEvent(new ProjectRevised(project.facts()));
		return project(project.id(), Audience.alliance());
	}

	@Transactional
	public ProjectSummary revise(UUID id, long version, ProjectData data) {
		Project project = load(id, version);
		checkReferences(data);
		projects.findByPartnerAndRef(project.partner(), data.refOrDefault())
			.filter(other -> !other.id().equals(id))
			.ifPresent(other -> {
				throw refTaken(data);
			});
		project.revise(data, now());
		project = projects.save(project);
		events.publishEvent(new ProjectRevised(project.facts()));
		return project(id, Audience.alliance());
	}

	/** Deletes a project recorded by mistake; a project with a ledger is closed instead, never deleted. */
	@Transactional
	public void delete(UUID id, long version) {
		Project project = load(id, version);
		if (store.hasEntries(id)) {
			throw new RuleViolationException("The project has entries in its ledger, which is never erased; close the project instead");
		}
		store.removeOutputs(id);
		projects.delete(project);
		events.publishEvent(new ProjectRevised(project.removedFacts()));
	}

	/** Moves a project along its lifecycle, on the date the move happened and for a reason. */
	@Transactional
	public ProjectSummary move(UUID id, long version, Move move, @Nullable PartialDate on, @Nullable String reason) {
		Project project = load(id, version);
		project.move(move, on, reason, now());
		project = projects.save(project);
		MilestoneFacts facts = project.facts();
		events.publishEvent(switch (move) {
			case LAUNCH, RESUME -> new ProjectLaunched(facts);
			case COMPLETE -> new ProjectCompleted(facts);
			case CLOSE -> new ProjectClosed(facts);
			case PROPOSE, OPEN_FUNDRAISING, SUSPEND -> new ProjectRevised(facts);
		});
		return project(id, Audience.alliance());
	}

	// Writes: the ledger

	/**
	 * Appends an entry to the project's ledger. The project's row is locked first and its version
	 * must be the one given; the entry is checked against the ledger as it then stands. NATO staff
	 * record any kind; the project's executing agent only its own kinds, not pre-financed.
	 */
	@Transactional
	public TransactionSummary addTransaction(UUID id, long version, TransactionData data, Audience actor) {
		Project project = lockAndLoadFor(actor, id, version);
		if (data.kind() == TransactionKind.REVERSAL) {
			throw InvalidInputException.of("kind", "A reversal is recorded with the reversal action of the entry it reverses");
		}
		if (!actor.isNatoStaff()) {
			if (!data.kind().reportedByAgent()) {
				throw new RuleViolationException("An executing agent records commitments and expenditures; "
						+ data.kind().name().toLowerCase() + "s are recorded by NATO staff");
			}
			// Pre-financing spends a lead nation's money ahead of the donors' and lifts the limit
			// of the funds received: the nation agrees it with NATO staff, the agent cannot claim it.
			if (data.preFinancedBy() != null) {
				throw new RuleViolationException("A pre-financed expenditure is recorded by NATO staff, with the lead nation's agreement");
			}
			// An illustrative entry is sample data left out of the public record (IATI): real
			// spending reported by the agent is never that.
			if (data.illustrative()) {
				throw InvalidInputException.of("illustrative", "is for NATO staff's sample data; an executing agent reports real entries");
			}
		}
		checkEntry(data);
		List<TransactionSummary> ledger = transactions(id, Audience.alliance());
		new Ledger(project.currency(), ledger, store.rates()).checkNew(data, project.status(), project.leadNations(), false);
		UUID entry = store.append(id, data, now());
		return changed(id, entry);
	}

	/**
	 * Reverses an entry of the ledger: a new entry that takes it out of the figures. The
	 * executing agent reverses entries of its own kinds only, to correct what it reported; a
	 * donor's pledge or receipt is reversed by NATO staff.
	 */
	@Transactional
	public TransactionSummary reverse(UUID id, UUID transactionId, @Nullable String reason, Audience actor) {
		Project project = lockAndLoadFor(actor, id, null);
		if (reason == null || reason.isBlank()) {
			throw InvalidInputException.of("reason", "Give the reason for the reversal");
		}
		if (reason.strip().length() > 2000) {
			throw InvalidInputException.of("reason", "A reason has at most 2,000 characters");
		}
		List<TransactionSummary> ledger = transactions(id, Audience.alliance());
		TransactionSummary target = ledger.stream()
			.filter(t -> t.id().equals(transactionId))
			.findFirst()
			.orElseThrow(() -> new RecordNotFoundException("transaction", transactionId));
		if (!actor.isNatoStaff() && !target.kind().reportedByAgent()) {
			throw new RuleViolationException("An executing agent reverses its own commitments and expenditures only; entry "
					+ target.seq() + " is a " + target.kind().name().toLowerCase() + ", reversed by NATO staff");
		}
		new Ledger(project.currency(), ledger, store.rates()).checkReversal(target, project.status());
		LocalDate today = LocalDate.now(clock);
		UUID entry = store.append(id,
				new TransactionData(TransactionKind.REVERSAL, target.nation(), target.organisation(),
						target.money().amount(), target.money().currency(), today.isBefore(target.on()) ? target.on() : today,
						target.inKind(), null, target.seq(), reason.strip(), target.illustrative()),
				now());
		return changed(id, entry);
	}

	private TransactionSummary changed(UUID id, UUID entry) {
		store.bump(id, now());
		Project project = projects.findById(id).orElseThrow();
		events.publishEvent(new ProjectRevised(project.facts()));
		return transactions(id, Audience.alliance()).stream().filter(t -> t.id().equals(entry)).findFirst().orElseThrow();
	}

	private void checkEntry(TransactionData data) {
		List<Problem> problems = new ArrayList<>(data.problems());
		if (data.nation() != null && !knownNations().contains(data.nation())) {
			problems.add(new Problem("nation", "'" + data.nation() + "' is not in the list of nations"));
		}
		String organisation = Texts.clean(data.organisation());
		if (organisation != null && directory.organisationByRef(organisation, Audience.alliance()).isEmpty()) {
			problems.add(new Problem("organisation", "No organisation '" + organisation + "' is in the directory"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	// Writes: outputs

	/** Defines an output indicator of a project, or redefines it; values given are recorded too. */
	@Transactional
	public OutputSummary defineOutput(UUID id, @Nullable Long version, OutputData data) {
		lockAndLoad(id, version);
		store.defineOutput(id, data);
		data.values().forEach(value -> store.recordValue(id, data.item(), value));
		return outputChanged(id, data.item());
	}

	/** Records the value an output achieved by a date: NATO staff on any project, an executing agent on its own. */
	@Transactional
	public OutputSummary recordOutputValue(UUID id, @Nullable Long version, String item, OutputValueData value,
			Audience actor) {
		lockAndLoadFor(actor, id, version);
		if (!store.outputExists(id, item)) {
			throw new RecordNotFoundException("output", item);
		}
		store.recordValue(id, item, value);
		return outputChanged(id, item);
	}

	private OutputSummary outputChanged(UUID id, String item) {
		store.bump(id, now());
		Project project = projects.findById(id).orElseThrow();
		events.publishEvent(new ProjectRevised(project.facts()));
		return outputs(id, Audience.alliance()).stream().filter(o -> o.item().equals(item)).findFirst().orElseThrow();
	}

	// Exchange rates (reference data, public)

	public List<ExchangeRateData> exchangeRates() {
		return store.rates();
	}

	@Transactional
	public ExchangeRateData addExchangeRate(ExchangeRateData rate) {
		if (rate.currency().equals(rate.base())) {
			throw InvalidInputException.of("base", "A rate converts between two different currencies");
		}
		if (store.rates().stream().anyMatch(r -> r.currency().equals(rate.currency()) && r.base().equals(rate.base())
				&& r.validFrom().equals(rate.validFrom()))) {
			throw InvalidInputException.of("validFrom", "A rate of " + rate.currency() + " in " + rate.base()
					+ " from " + rate.validFrom() + " is recorded already");
		}
		store.addRate(rate);
		return rate;
	}

	// Dossier: upsert by natural key, keeping the dossier's time of last change. A project that
	// already holds the same data, ledger and outputs is not written at all.

	/** @return whether anything was written */
	@Transactional
	public boolean importProject(NationCode partner, ProjectData data, List<TransactionData> transactions,
			List<OutputData> outputs, Instant updatedAt) {
		partners.requirePartner(partner);
		Project project = projects.findByPartnerAndRef(partner, data.refOrDefault()).orElse(null);
		List<TransactionSummary> ledger = project == null ? List.of() : transactions(project.id(), Audience.alliance());
		List<OutputSummary> current = project == null ? List.of() : outputs(project.id(), Audience.alliance());
		boolean sameLedger = ledger.size() == transactions.size() && sameEntries(ledger, transactions);
		boolean sameOutputs = canonical(current.stream().map(OutputSummary::toData).toList()).equals(canonical(outputs));
		if (project != null && project.sameAs(data) && sameLedger && sameOutputs) {
			return false;
		}
		checkReferences(data);
		if (ledger.size() > transactions.size() || !sameEntries(ledger, transactions)) {
			throw new RuleViolationException("The ledger of project '" + data.refOrDefault()
					+ "' differs from the dossier's; a ledger is only ever appended to");
		}
		if (project == null) {
			project = projects.save(Project.record(partner, data, updatedAt));
		}
		else if (!project.sameAs(data)) {
			project.restate(data, updatedAt);
			project = projects.save(project);
		}
		UUID id = project.id();
		store.lock(id);
		for (TransactionData entry : transactions.subList(ledger.size(), transactions.size())) {
			checkEntry(entry);
			List<TransactionSummary> now = transactions(id, Audience.alliance());
			if (entry.kind() == TransactionKind.REVERSAL) {
				TransactionSummary target = now.stream()
					.filter(t -> Integer.valueOf(t.seq()).equals(entry.reverses()))
					.findFirst()
					.orElseThrow(() -> InvalidInputException.of("reverses", "No entry " + entry.reverses() + " to reverse"));
				new Ledger(project.currency(), now, store.rates()).checkReversal(target, ProjectStatus.COMPLETED);
			}
			else {
				new Ledger(project.currency(), now, store.rates()).checkNew(entry, project.status(), project.leadNations(), true);
			}
			store.append(id, entry, updatedAt);
		}
		if (!sameOutputs) {
			store.removeOutputs(id);
			for (OutputData output : outputs) {
				store.defineOutput(id, output);
				output.values().forEach(value -> store.recordValue(id, output.item(), value));
			}
		}
		if (!sameLedger || !sameOutputs) {
			store.bump(id, updatedAt);
			project = projects.findById(id).orElseThrow();
		}
		events.publishEvent(new ProjectRevised(project.facts()));
		return true;
	}

	public List<ProjectExport> exportProjects(NationCode partner, Audience audience) {
		List<ProjectSummary> list = queries.allProjects(partner, audience);
		List<UUID> ids = list.stream().map(ProjectSummary::id).toList();
		Map<UUID, List<TransactionSummary>> ledgers = queries.transactions(ids, audience);
		Map<UUID, List<OutputSummary>> outputs = queries.outputs(ids, audience);
		return list.stream()
			.map(p -> new ProjectExport(p.toData(),
					ledgers.getOrDefault(p.id(), List.of()).stream().map(TransactionSummary::toData).toList(),
					outputs.getOrDefault(p.id(), List.of()).stream().map(OutputSummary::toData).toList(), p.updatedAt()))
			.toList();
	}

	private static boolean sameEntries(List<TransactionSummary> ledger, List<TransactionData> given) {
		for (int i = 0; i < Math.min(ledger.size(), given.size()); i++) {
			if (!canonical(ledger.get(i).toData()).equals(canonical(given.get(i)))) {
				return false;
			}
		}
		return true;
	}

	private static TransactionData canonical(TransactionData t) {
		return new TransactionData(t.kind(), t.nation(), Texts.clean(t.organisation()), Amounts.plain(t.amount()),
				t.currency(), t.on(), t.inKind(), t.preFinancedBy(), t.reverses(), Texts.clean(t.note()), t.illustrative());
	}

	private static List<OutputData> canonical(List<OutputData> outputs) {
		return outputs.stream()
			.map(o -> new OutputData(o.item(), o.label().strip(), o.unit().strip(),
					o.baseline() == null ? null : Amounts.plain(o.baseline()),
					o.target() == null ? null : Amounts.plain(o.target()),
					o.values().stream().map(v -> new OutputValueData(v.on(), Amounts.plain(v.value()), Texts.clean(v.source()))).toList()))
			.toList();
	}

	// IATI 2.03 export: public, non-illustrative projects only, whoever asks.

	public void writeIatiActivities(NationCode partner, OutputStream out) {
		partners.nation(partner);
		List<ProjectSummary> list = queries.allProjects(partner, Audience.ANONYMOUS)
			.stream()
			.filter(IatiWriter::publishable)
			.toList();
		writeIati(list, out);
	}

	public void writeIatiActivity(NationCode partner, String ref, OutputStream out) {
		ProjectSummary project = queries.project(partner, ref, Audience.ANONYMOUS)
			.filter(IatiWriter::publishable)
			.orElseThrow(() -> new RecordNotFoundException("published project", partner + "/" + ref));
		writeIati(List.of(project), out);
	}

	/** Whether a project appears in the IATI export (public, not illustrative, dated). */
	public boolean publishedInIati(NationCode partner, String ref) {
		return queries.project(partner, ref, Audience.ANONYMOUS).filter(IatiWriter::publishable).isPresent();
	}

	private void writeIati(List<ProjectSummary> list, OutputStream out) {
		List<UUID> ids = list.stream().map(ProjectSummary::id).toList();
		Map<UUID, List<TransactionSummary>> ledgers = queries.transactions(ids, Audience.ANONYMOUS);
		Map<UUID, List<OutputSummary>> outputs = queries.outputs(ids, Audience.ANONYMOUS);
		Map<NationCode, String> names = partners.nations().stream().collect(Collectors.toMap(NationSummary::code, NationSummary::name));
		Map<String, String> agents = list.stream().anyMatch(p -> p.executingAgent() != null)
				? directory.allOrganisations(Audience.ANONYMOUS)
					.stream()
					.collect(Collectors.toMap(OrganisationSummary::ref, OrganisationSummary::name, (a, b) -> a))
				: Map.of();
		List<IatiWriter.Activity> activities = list.stream()
			.map(p -> new IatiWriter.Activity(p, ledgers.getOrDefault(p.id(), List.of()),
					outputs.getOrDefault(p.id(), List.of()),
					p.executingAgent() == null ? null : agents.get(p.executingAgent())))
			.toList();
		IatiWriter.write(activities, now(), nation -> names.getOrDefault(nation, nation.value()), out);
	}

	// Helpers

	private Project load(UUID id, long version) {
		Project project = projects.findById(id).orElseThrow(() -> new RecordNotFoundException("project", id));
		if (project.version() != version) {
			throw new StaleRecordException("project", id);
		}
		return project;
	}

	/**
	 * Locks and loads a project on which the actor reports: NATO staff any, an executing agent its
	 * own. A project the actor may not read is not found, and one it may read but does not
	 * execute is refused, both before the version is compared: the answer tells nothing of a
	 * hidden project, and the reason of a refusal is not masked by a stale version.
	 */
	private Project lockAndLoadFor(Audience actor, UUID id, @Nullable Long version) {
		if (actor.isNatoStaff()) {
			return lockAndLoad(id, version);
		}
		project(id, actor);
		Project project = lockAndLoad(id, null);
		// Checked on the locked row, so that a change of executing agent cannot slip in between.
		if (!actor.isExecutingAgent(project.executingAgent())) {
			throw new RuleViolationException(actor.executingAgent() == null
					? "Only NATO staff and a project's executing agent report on a project"
					: "You report on the projects %s executes only".formatted(actor.executingAgent()));
		}
		if (version != null && project.version() != version) {
			throw new StaleRecordException("project", id);
		}
		return project;
	}

	/** Locks the project's row for this transaction, checks the version when one is given, and loads it. */
	private Project lockAndLoad(UUID id, @Nullable Long version) {
		long current = store.lock(id).orElseThrow(() -> new RecordNotFoundException("project", id));
		if (version != null && current != version) {
			throw new StaleRecordException("project", id);
		}
		return projects.findById(id).orElseThrow(() -> new RecordNotFoundException("project", id));
	}

	private Set<NationCode> knownNations() {
		return partners.nations().stream().map(NationSummary::code).collect(Collectors.toSet());
	}

	/** Lead nations must be in the list of nations, the executing agent in the directory. */
	private void checkReferences(ProjectData data) {
		List<Problem> problems = new ArrayList<>();
		Set<NationCode> known = knownNations();
		for (int i = 0; i < data.leadNations().size(); i++) {
			NationCode nation = data.leadNations().get(i);
			if (nation != null && !known.contains(nation)) {
				problems.add(new Problem("leadNations[" + i + "]", "'" + nation + "' is not in the list of nations"));
			}
		}
		String agent = Texts.clean(data.executingAgent());
		if (agent != null && directory.organisationByRef(agent, Audience.alliance()).isEmpty()) {
			problems.add(new Problem("executingAgent", "No organisation '" + agent + "' is in the directory"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static InvalidInputException refTaken(ProjectData data) {
		return InvalidInputException.of("ref", "The reference '" + data.refOrDefault() + "' is taken");
	}

	private Instant now() {
		return clock.instant();
	}

	/**
	 * The moves of the lifecycle: from which statuses each may be made and where it leads. A
	 * suspended project resumes or completes; only a completed project is closed.
	 */
	public enum Move implements LifecycleMove<ProjectStatus> {

		PROPOSE("propose", "be proposed", "was proposed", ProjectStatus.PROPOSED, ProjectStatus.SCOPING),
		OPEN_FUNDRAISING("open-fundraising", "open fundraising", "opened fundraising", ProjectStatus.FUNDRAISING,
				ProjectStatus.PROPOSED),
		LAUNCH("launch", "be launched", "was launched", ProjectStatus.IN_EXECUTION, ProjectStatus.FUNDRAISING),
		SUSPEND("suspend", "be suspended", "was suspended", ProjectStatus.SUSPENDED, ProjectStatus.IN_EXECUTION),
		RESUME("resume", "resume", "resumed", ProjectStatus.IN_EXECUTION, ProjectStatus.SUSPENDED),
		COMPLETE("complete", "be completed", "was completed", ProjectStatus.COMPLETED, ProjectStatus.IN_EXECUTION,
				ProjectStatus.SUSPENDED),
		CLOSE("close", "be closed", "was closed", ProjectStatus.CLOSED, ProjectStatus.COMPLETED);

		private final Transition<ProjectStatus> transition;

		Move(String slug, String verb, String pastTense, ProjectStatus to, ProjectStatus... from) {
			this.transition = Transition.of(slug, verb, pastTense, to, from);
		}

		@Override
		public Transition<ProjectStatus> transition() {
			return transition;
		}

		public static Optional<Move> fromSlug(String slug) {
			return LifecycleMove.fromSlug(Move.class, slug);
		}

	}

}
