package org.liaison.fund;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.internal.Project;
import org.liaison.fund.internal.ProjectRepository;
import org.liaison.shared.Audience;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleRecordException;
import org.liaison.shared.Versioned;
import org.springframework.stereotype.Component;

/**
 * The one way into a project's ledger and outputs, which are kept beside the project
 * rather than in it: a writer locks the project's row first, so that the rules it checks
 * against the ledger still hold when it writes whatever other writers do at the same
 * time, and saves the project touched afterwards, so that the aggregate alone writes the
 * row and moves its version.
 */
@Component
record LockedProjects(ProjectRepository projects, ProjectService records) {

	/**
	 * Locks the project's row for this transaction and loads it, at the given version
	 * when one is given.
	 */
	Project lock(UUID id, @Nullable Long version) {
		if (version != null) {
			return Versioned.atVersion(projects.findForUpdateById(id), version, "project", id);
		}
		return projects.findForUpdateById(id).orElseThrow(() -> new RecordNotFoundException("project", id));
	}

	/**
	 * Locks and loads a project on which the actor reports: NATO staff any, an executing
	 * agent its own. A project the actor may not read is not found, and one it may read
	 * but does not execute is refused, both before the version is compared: the answer
	 * tells nothing of a hidden project, and the reason of a refusal is not masked by a
	 * stale version.
	 */
	Project lockFor(Audience actor, UUID id, @Nullable Long version) {
		if (actor.isNatoStaff()) {
			return lock(id, version);
		}
		records.project(id, actor);
		Project project = lock(id, null);
		// Checked on the locked row, so that a change of executing agent cannot slip in
		// between.
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

	/**
	 * After a change of the ledger or outputs: the project moves its version and
	 * publishes its milestones.
	 */
	void touched(Project project, Instant at) {
		project.touch(at);
		projects.save(project);
	}

}
