package org.liaison.fund;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryService;
import org.liaison.fund.internal.FundQueries;
import org.liaison.fund.internal.Ledger;
import org.liaison.fund.internal.LedgerStore;
import org.liaison.fund.internal.Project;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's money: its append-only ledger of pledges, receipts, commitments,
 * expenditures and reversals, the figures derived from it, and the exchange rates that
 * convert its entries. A write locks the project first and moves its version (see
 * {@link LockedProjects}), so the ledger's rules hold under concurrent writers.
 * <p>
 * NATO staff record any kind of entry. A project's executing agent records and reverses
 * the entries that are its own acts ({@link TransactionKind#reportedByAgent()}); the
 * donors' money stays with NATO staff.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class LedgerService {

	private final FundQueries queries;

	private final LedgerStore store;

	private final LockedProjects locked;

	private final ProjectService projects;

	private final PartnerService partners;

	private final DirectoryService directory;

	private final Clock clock;

	// Reads

	/** The ledger of a project in order. */
	public List<TransactionSummary> transactions(UUID id, Audience audience) {
		return queries.transactions(List.of(id), audience).getOrDefault(id, List.of());
	}

	public ProjectFigures figures(UUID id, Audience audience) {
		ProjectSummary project = projects.project(id, audience);
		return figures(project, transactions(id, audience), store.rates());
	}

	/**
	 * The project's figures from its ledger, with the exchange rates read once for
	 * however many projects are being figured.
	 */
	ProjectFigures figures(ProjectSummary project, List<TransactionSummary> ledger, List<ExchangeRateData> rates) {
		return new Ledger(project.currency(), ledger, rates).figures(project.budget());
	}

	// Writes

	/**
	 * Appends an entry to the project's ledger. The project's row is locked first and its
	 * version must be the one given; the entry is checked against the ledger as it then
	 * stands. NATO staff record any kind; the project's executing agent only its own
	 * kinds, not pre-financed.
	 */
	@Transactional
	public TransactionSummary addTransaction(UUID id, long version, TransactionData data, Audience actor) {
		Project project = locked.lockFor(actor, id, version);
		if (data.kind() == TransactionKind.REVERSAL) {
			throw InvalidInputException.of("kind",
					"A reversal is recorded with the reversal action of the entry it reverses");
		}
		if (!actor.isNatoStaff()) {
			if (!data.kind().reportedByAgent()) {
				throw new RuleViolationException("An executing agent records commitments and expenditures; "
						+ data.kind().name().toLowerCase() + "s are recorded by NATO staff");
			}
			// Pre-financing spends a lead nation's money ahead of the donors' and lifts
			// the limit
			// of the funds received: the nation agrees it with NATO staff, the agent
			// cannot claim it.
			if (data.preFinancedBy() != null) {
				throw new RuleViolationException(
						"A pre-financed expenditure is recorded by NATO staff, with the lead nation's agreement");
			}
			// An illustrative entry is sample data left out of the public record (IATI):
			// real
			// spending reported by the agent is never that.
			if (data.illustrative()) {
				throw InvalidInputException.of("illustrative",
						"is for NATO staff's sample data; an executing agent reports real entries");
			}
		}
		checkEntry(data);
		List<TransactionSummary> ledger = transactions(id, Audience.alliance());
		new Ledger(project.currency(), ledger, store.rates()).checkNew(data, project.status(), project.leadNations(),
				false);
		UUID entry = store.append(project, data, now());
		return changed(project, entry);
	}

	/**
	 * Reverses an entry of the ledger: a new entry that takes it out of the figures. The
	 * executing agent reverses entries of its own kinds only, to correct what it
	 * reported; a donor's pledge or receipt is reversed by NATO staff.
	 */
	@Transactional
	public TransactionSummary reverse(UUID id, UUID transactionId, @Nullable String reason, Audience actor) {
		Project project = locked.lockFor(actor, id, null);
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
			throw new RuleViolationException(
					"An executing agent reverses its own commitments and expenditures only; entry " + target.seq()
							+ " is a " + target.kind().name().toLowerCase() + ", reversed by NATO staff");
		}
		new Ledger(project.currency(), ledger, store.rates()).checkReversal(target, project.status());
		LocalDate today = LocalDate.now(clock);
		UUID entry = store.append(project,
				new TransactionData(TransactionKind.REVERSAL, target.nation(), target.organisation(),
						target.money().amount(), target.money().currency(),
						today.isBefore(target.on()) ? target.on() : today, target.inKind(), null, target.seq(),
						reason.strip(), target.illustrative()),
				now());
		return changed(project, entry);
	}

	/**
	 * Appends an entry a dossier carries to the ledger of a project already locked. The
	 * ledger records history: a closed project takes it, and a reversal is judged as on a
	 * completed one.
	 */
	void appendRecorded(Project project, TransactionData entry, Instant at) {
		checkEntry(entry);
		List<TransactionSummary> now = transactions(project.id(), Audience.alliance());
		Ledger ledger = new Ledger(project.currency(), now, store.rates());
		if (entry.kind() == TransactionKind.REVERSAL) {
			TransactionSummary target = now.stream()
				.filter(t -> Integer.valueOf(t.seq()).equals(entry.reverses()))
				.findFirst()
				.orElseThrow(
						() -> InvalidInputException.of("reverses", "No entry " + entry.reverses() + " to reverse"));
			ledger.checkReversal(target, ProjectStatus.COMPLETED);
		}
		else {
			ledger.checkNew(entry, project.status(), project.leadNations(), true);
		}
		store.append(project, entry, at);
	}

	private TransactionSummary changed(Project project, UUID entry) {
		locked.touched(project, now());
		return transactions(project.id(), Audience.alliance()).stream()
			.filter(t -> t.id().equals(entry))
			.findFirst()
			.orElseThrow();
	}

	private void checkEntry(TransactionData data) {
		List<Problem> problems = new ArrayList<>(data.problems());
		if (data.nation() != null && partners.nations().stream().noneMatch(n -> n.code().equals(data.nation()))) {
			problems.add(new Problem("nation", "'" + data.nation() + "' is not in the list of nations"));
		}
		String organisation = Texts.clean(data.organisation());
		if (organisation != null && directory.organisationByRef(organisation, Audience.alliance()).isEmpty()) {
			problems.add(new Problem("organisation", "No organisation '" + organisation + "' is in the directory"));
		}
		InvalidInputException.throwIfAny(problems);
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
		if (store.rates()
			.stream()
			.anyMatch(r -> r.currency().equals(rate.currency()) && r.base().equals(rate.base())
					&& r.validFrom().equals(rate.validFrom()))) {
			throw InvalidInputException.of("validFrom", "A rate of " + rate.currency() + " in " + rate.base() + " from "
					+ rate.validFrom() + " is recorded already");
		}
		store.addRate(rate);
		return rate;
	}

	private Instant now() {
		return clock.instant();
	}

}
