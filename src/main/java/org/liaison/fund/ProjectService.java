package org.liaison.fund;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.directory.DirectoryService;
import org.liaison.fund.internal.FundQueries;
import org.liaison.fund.internal.LedgerStore;
import org.liaison.fund.internal.Project;
import org.liaison.fund.internal.ProjectRepository;
import org.liaison.partner.NationSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trust-fund projects as records: reading them, recording and revising them with their
 * lead nations and phases, deleting one recorded by mistake, and their lifecycle. Reads
 * take the reader's {@link Audience} and apply it in SQL; a project the reader may not
 * see is reported as not found. Writes name the version they are based on and refuse to
 * overwrite a newer one; each registers its event with the project's milestones. The
 * money and the outputs of a project are {@link LedgerService}'s and
 * {@link OutputService}'s.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProjectService {

	private final FundQueries queries;

	private final ProjectRepository projects;

	private final LedgerStore store;

	private final PartnerService partners;

	private final DirectoryService directory;

	private final Clock clock;

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

	/**
	 * Whether the reader reports on this project as its executing agent: records its
	 * spending, reverses it and records the values of its outputs. NATO staff keep every
	 * project anyway.
	 */
	public boolean reportsOn(ProjectSummary project, Audience reader) {
		return !reader.isNatoStaff() && reader.isExecutingAgent(project.executingAgent());
	}

	// Writes

	@Transactional
	public ProjectSummary add(NationCode partner, ProjectData data) {
		partners.requirePartner(partner);
		checkReferences(data);
		projects.requireFreeRef(partner, data.refOrDefault(), null);
		Project project = projects.save(Project.record(partner, data, now()));
		return project(project.id(), Audience.alliance());
	}

	@Transactional
	public ProjectSummary revise(UUID id, long version, ProjectData data) {
		Project project = projects.atVersion(id, version, "project");
		checkReferences(data);
		projects.requireFreeRef(project.partner(), data.refOrDefault(), id);
		project.revise(data, now());
		projects.save(project);
		return project(id, Audience.alliance());
	}

	/**
	 * Deletes a project recorded by mistake; a project with a ledger is closed instead,
	 * never deleted.
	 */
	@Transactional
	public void delete(UUID id, long version) {
		Project project = projects.atVersion(id, version, "project");
		if (store.hasEntries(id)) {
			throw new RuleViolationException(
					"The project has entries in its ledger, which is never erased; close the project instead");
		}
		store.removeOutputs(id);
		project.remove();
		projects.delete(project);
	}

	/**
	 * Moves a project along its lifecycle, on the date the move happened and for a
	 * reason.
	 */
	@Transactional
	public ProjectSummary move(UUID id, long version, ProjectMove move, @Nullable PartialDate on,
			@Nullable String reason) {
		Project project = projects.atVersion(id, version, "project");
		project.move(move, on, reason, now());
		projects.save(project);
		return project(id, Audience.alliance());
	}

	/**
	 * Lead nations must be in the list of nations, the executing agent in the directory.
	 */
	void checkReferences(ProjectData data) {
		List<Problem> problems = new ArrayList<>();
		Set<NationCode> known = partners.nations().stream().map(NationSummary::code).collect(Collectors.toSet());
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
		InvalidInputException.throwIfAny(problems);
	}

	private Instant now() {
		return clock.instant();
	}

}
