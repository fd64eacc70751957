package org.liaison.fund;

import org.liaison.shared.LifecycleMove;

/**
 * The moves of a project's lifecycle: from which statuses each may be made and where it
 * leads. A suspended project resumes or completes; only a completed project is closed.
 */
public enum ProjectMove implements LifecycleMove<ProjectStatus> {

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

	ProjectMove(String slug, String verb, String pastTense, ProjectStatus to, ProjectStatus... from) {
		this.transition = Transition.of(slug, verb, pastTense, to, from);
	}

	@Override
	public Transition<ProjectStatus> transition() {
		return transition;
	}

}
