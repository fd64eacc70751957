package org.liaison.fund;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.fund.internal.FundQueries;
import org.liaison.fund.internal.LedgerStore;
import org.liaison.fund.internal.Project;
import org.liaison.fund.internal.ProjectRepository;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fund module's part of a partnership dossier: the projects a reader may take out
 * with their ledgers and outputs, and the import that makes the record say what a dossier
 * says. An import upserts by natural key and keeps the dossier's time of last change; a
 * ledger is only ever appended to, so a dossier whose ledger differs from the recorded
 * one is refused. A project that already holds the same data, ledger and outputs is not
 * written at all, so importing twice changes nothing.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class FundDossier {

	private final FundQueries queries;

	private final ProjectRepository projects;

	private final ProjectService records;

	private final LedgerService ledgers;

	private final LockedProjects locked;

	private final LedgerStore store;

	private final PartnerService partners;

	public List<ProjectExport> export(NationCode partner, Audience audience) {
		List<ProjectSummary> list = queries.allProjects(partner, audience);
		List<UUID> ids = list.stream().map(ProjectSummary::id).toList();
		Map<UUID, List<TransactionSummary>> ledgers = queries.transactions(ids, audience);
		Map<UUID, List<OutputSummary>> outputs = queries.outputs(ids, audience);
		return list.stream()
			.map(p -> new ProjectExport(p.toData(),
					ledgers.getOrDefault(p.id(), List.of()).stream().map(TransactionSummary::toData).toList(),
					outputs.getOrDefault(p.id(), List.of()).stream().map(OutputSummary::toData).toList(),
					p.updatedAt()))
			.toList();
	}

	/**
	 * @return whether anything was written
	 */
	@Transactional
	public boolean importProject(NationCode partner, ProjectData data, List<TransactionData> transactions,
			List<OutputData> outputs, Instant updatedAt) {
		partners.requirePartner(partner);
		Project project = projects.findByPartnerAndRef(partner, data.refOrDefault()).orElse(null);
		List<TransactionSummary> ledger = project == null ? List.of()
				: ledgers.transactions(project.id(), Audience.alliance());
		List<OutputSummary> current = project == null ? List.of()
				: queries.outputs(List.of(project.id()), Audience.alliance()).getOrDefault(project.id(), List.of());
		boolean sameLedger = ledger.size() == transactions.size() && sameEntries(ledger, transactions);
		boolean sameOutputs = canonical(current.stream().map(OutputSummary::toData).toList())
			.equals(canonical(outputs));
		boolean sameProject = project != null && project.holds(data);
		if (sameProject && sameLedger && sameOutputs) {
			return false;
		}
		records.checkReferences(data);
		if (ledger.size() > transactions.size() || !sameEntries(ledger, transactions)) {
			throw new RuleViolationException("The ledger of project '" + data.refOrDefault()
					+ "' differs from the dossier's; a ledger is only ever appended to");
		}
		if (project == null) {
			project = projects.save(Project.record(partner, data, updatedAt));
		}
		else if (!sameProject) {
			project.restate(data, updatedAt);
			project = projects.save(project);
		}
		if (sameLedger && sameOutputs) {
			return true;
		}
		UUID id = project.id();
		project = locked.lock(id, null);
		for (TransactionData entry : transactions.subList(ledger.size(), transactions.size())) {
			ledgers.appendRecorded(project, entry, updatedAt);
		}
		if (!sameOutputs) {
			store.removeOutputs(id);
			Project written = project;
			for (OutputData output : outputs) {
				store.defineOutput(written, output);
				output.values().forEach(value -> store.recordValue(written, output.item(), value));
			}
		}
		locked.touched(project, updatedAt);
		return true;
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
				t.currency(), t.on(), t.inKind(), t.preFinancedBy(), t.reverses(), Texts.clean(t.note()),
				t.illustrative());
	}

	private static List<OutputData> canonical(List<OutputData> outputs) {
		return outputs.stream()
			.map(o -> new OutputData(o.item(), o.label().strip(), o.unit().strip(),
					o.baseline() == null ? null : Amounts.plain(o.baseline()),
					o.target() == null ? null : Amounts.plain(o.target()),
					o.values()
						.stream()
						.map(v -> new OutputValueData(v.on(), Amounts.plain(v.value()), Texts.clean(v.source()),
								v.qualifier()))
						.toList(),
					o.targetQualifier()))
			.toList();
	}

}
