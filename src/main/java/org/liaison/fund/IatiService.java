package org.liaison.fund;

import java.io.OutputStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.directory.DirectoryService;
import org.liaison.directory.OrganisationSummary;
import org.liaison.fund.internal.FundQueries;
import org.liaison.fund.internal.IatiWriter;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The IATI 2.03 export of a partner's projects, for aid-transparency registries: public,
 * non-illustrative, dated projects only, read as the public reads them whoever asks, with
 * their ledgers and outputs.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class IatiService {

	private final FundQueries queries;

	private final PartnerService partners;

	private final DirectoryService directory;

	private final Clock clock;

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

	private void writeIati(List<ProjectSummary> list, OutputStream out) {
		List<UUID> ids = list.stream().map(ProjectSummary::id).toList();
		Map<UUID, List<TransactionSummary>> ledgers = queries.transactions(ids, Audience.ANONYMOUS);
		Map<UUID, List<OutputSummary>> outputs = queries.outputs(ids, Audience.ANONYMOUS);
		Map<NationCode, String> names = partners.nations()
			.stream()
			.collect(Collectors.toMap(NationSummary::code, NationSummary::name));
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
		IatiWriter.write(activities, clock.instant(), nation -> names.getOrDefault(nation, nation.value()), out);
	}

}
