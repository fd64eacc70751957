package org.liaison.publication;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.OutputValueData;
import org.liaison.fund.ProjectDetails;
import org.liaison.fund.ProjectStatus;
import org.liaison.fund.ProjectSummary;
import org.liaison.fund.StatusChange;
import org.liaison.fund.TransactionKind;
import org.liaison.fund.TransactionSummary;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;

/**
 * A trust-fund project as its page section shows it, today or as it stood on a day: its
 * status then, the output values reported by then and the ledger up to then.
 */
final class TrustFunds {

	private TrustFunds() {
	}

	/** Whether the project had begun by the day, as far as its records say. */
	static boolean begun(ProjectSummary project, PageDay day) {
		return day.began(start(project));
	}

	static @Nullable PartialDate start(ProjectSummary project) {
		if (project.actualStart() != null) {
			return project.actualStart();
		}
		return project.changes().stream().map(StatusChange::on).min(PartialDate::compareTo).orElse(null);
	}

	/**
	 * @param nationNames the names of nations in the reader's language, by code
	 */
	static RelationsPage.TrustFund of(ProjectDetails details, Map<String, String> organisationNames,
			Map<NationCode, String> nationNames, PageDay day) {
		List<NationCode> leadNations = details.project().leadNationsIllustrative() ? List.of()
				: details.project().leadNations();
		ProjectSummary project = details.project();
		Money budget = details.figures().budget();
		List<TransactionSummary> ledger = details.transactions().stream().filter(t -> day.reached(t.on())).toList();
		// Ledger totals are published only when every entry is a fact, not an
		// illustration.
		boolean factualLedger = !ledger.isEmpty() && ledger.stream().noneMatch(TransactionSummary::illustrative);
		Money received = null;
		Money spent = null;
		if (factualLedger && !day.past()) {
			received = details.figures().received();
			spent = details.figures().spent();
		}
		else if (factualLedger) {
			received = total(ledger, TransactionKind.RECEIPT, project).orElse(null);
			spent = total(ledger, TransactionKind.EXPENDITURE, project).orElse(null);
		}
		return new RelationsPage.TrustFund(project.title(), project.objective(), status(project, day).name(),
				day.reached(project.actualStart()), day.reached(project.actualEnd()),
				project.executingAgent() == null ? null : organisationNames.get(project.executingAgent()), leadNations,
				leadNations.stream().map(n -> nationNames.getOrDefault(n, n.value())).toList(),
				budget == null || budget.amount().signum() == 0 ? null : budget, received, spent,
				details.outputs().stream().map(output -> {
					OutputValueData latest = output.values()
						.stream()
						.filter(v -> day.reached(v.on()) != null)
						.reduce((first, second) -> second)
						.orElse(null);
					return new RelationsPage.Output(output.label(), output.unit(), output.target(),
							latest == null ? null : latest.value(), latest == null ? null : latest.on(),
							latest == null ? null : latest.source(), output.targetQualifier(),
							latest == null ? null : latest.qualifier());
				}).toList());
	}

	/**
	 * The status the project had on the day: the last move made by then, or before its
	 * first move the status it left. A project without recorded moves that ended after
	 * the day was still under way.
	 */
	static ProjectStatus status(ProjectSummary project, PageDay day) {
		if (!day.past()) {
			return project.status();
		}
		if (project.changes().isEmpty()) {
			boolean ended = project.status() == ProjectStatus.COMPLETED || project.status() == ProjectStatus.CLOSED;
			return ended && project.actualEnd() != null && day.reached(project.actualEnd()) == null
					? ProjectStatus.IN_EXECUTION : project.status();
		}
		ProjectStatus status = project.changes().get(0).from();
		for (StatusChange change : project.changes()) {
			if (day.reached(change.on()) != null) {
				status = change.to();
			}
		}
		return status;
	}

	/**
	 * The sum of the entries of a kind up to the day, less their reversals by then, in
	 * the project's currency; none when an entry is in another currency, which only the
	 * exchange rates of the day would convert.
	 */
	private static Optional<Money> total(List<TransactionSummary> ledger, TransactionKind kind,
			ProjectSummary project) {
		BigDecimal sum = BigDecimal.ZERO;
		for (TransactionSummary entry : ledger) {
			TransactionKind counted = entry.kind() == TransactionKind.REVERSAL ? reversedKind(ledger, entry)
					: entry.kind();
			if (counted != kind) {
				continue;
			}
			if (!entry.money().currency().equals(project.currency())) {
				return Optional.empty();
			}
			BigDecimal amount = entry.money().amount().abs();
			sum = entry.kind() == TransactionKind.REVERSAL ? sum.subtract(amount) : sum.add(amount);
		}
		return Optional.of(new Money(sum, project.currency()));
	}

	private static @Nullable TransactionKind reversedKind(List<TransactionSummary> ledger,
			TransactionSummary reversal) {
		return ledger.stream()
			.filter(entry -> reversal.reverses() != null && entry.seq() == reversal.reverses())
			.map(TransactionSummary::kind)
			.findFirst()
			.orElse(null);
	}

}
