package org.liaison.fund.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.fund.Amounts;
import org.liaison.fund.PhaseData;
import org.liaison.fund.ProjectClosed;
import org.liaison.fund.ProjectCompleted;
import org.liaison.fund.ProjectData;
import org.liaison.fund.ProjectLaunched;
import org.liaison.fund.ProjectMove;
import org.liaison.fund.ProjectRevised;
import org.liaison.fund.ProjectStatus;
import org.liaison.fund.StatusChange;
import org.liaison.fund.internal.Children.Change;
import org.liaison.fund.internal.Children.LeadNation;
import org.liaison.fund.internal.Children.Phase;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.LifecycleMove;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A trust-fund project hosted by a partner. It guards its lifecycle: a status changes
 * only by a move the current status allows, with a date no earlier than the project's
 * last move and a reason; an edit corrects the record but never its status. Its version
 * also counts the changes of its ledger and outputs, which are kept apart (see
 * {@link LedgerStore}): a writer of those locks the project
 * ({@link ProjectRepository#findForUpdateById}) and saves it {@link #touch touched}, so
 * the project's row has one writer, this aggregate, and its version one meaning.
 */
@Table("fund_project")
public class Project extends PartnerRecord<Project> {

	public static final String SOURCE_TYPE = "fund-project";

	private String ref;

	private String title;

	private @Nullable String objective;

	@MappedCollection(idColumn = "project", keyColumn = "position")
	private List<LeadNation> leadNations;

	private boolean leadNationsIllustrative;

	private @Nullable String executingAgent;

	private String sector;

	private Currency currency;

	private @Nullable PartialDate plannedStart;

	private @Nullable PartialDate plannedEnd;

	private @Nullable PartialDate actualStart;

	private @Nullable PartialDate actualEnd;

	@MappedCollection(idColumn = "project", keyColumn = "position")
	private List<Phase> phases;

	private ProjectStatus status;

	@MappedCollection(idColumn = "project", keyColumn = "position")
	private List<Change> changes = new ArrayList<>();

	private boolean illustrative;

	private @Nullable String launchText;

	private @Nullable String completionText;

	private Releasability releasability;

	private Instant updatedAt;

	Project(UUID id, NationCode partner) {
		super(id, partner);
	}

	/**
	 * Records a project at whatever stage it has reached, with the dates of that history.
	 */
	public static Project record(NationCode partner, ProjectData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		Project project = new Project(UUID.randomUUID(), partner);
		project.status = data.status();
		project.apply(data, at);
		project.registerEvent(recorded -> new ProjectRevised(recorded.facts()));
		return project;
	}

	/**
	 * Corrects or completes the record; the status changes only through the lifecycle
	 * moves.
	 */
	public void revise(ProjectData data, Instant at) {
		List<Problem> problems = new ArrayList<>();
		if (data.status() != status) {
			problems.add(new Problem("status", "The project is " + status + "; an edit cannot make it " + data.status()
					+ ". Use the lifecycle actions to change the status"));
		}
		problems.addAll(data.problems());
		InvalidInputException.throwIfAny(problems);
		apply(data, at);
		registerEvent(revised -> new ProjectRevised(revised.facts()));
	}

	/**
	 * Makes the record what a dossier says it is, status included (history is not
	 * replayed).
	 */
	public void restate(ProjectData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		this.status = data.status();
		apply(data, at);
		registerEvent(restated -> new ProjectRevised(restated.facts()));
	}

	/** Before the record is deleted: its milestones go with it. */
	public void remove() {
		registerEvent(removed -> new ProjectRevised(removed.removedFacts()));
	}

	private void apply(ProjectData data, Instant at) {
		this.ref = data.refOrDefault();
		this.title = data.title().strip();
		this.objective = Texts.clean(data.objective());
		this.leadNations = new ArrayList<>(data.leadNations().stream().map(LeadNation::new).toList());
		this.leadNationsIllustrative = data.leadNationsIllustrative();
		this.executingAgent = Texts.clean(data.executingAgent());
		this.sector = data.sector();
		this.currency = data.currency();
		this.plannedStart = data.plannedStart();
		this.plannedEnd = data.plannedEnd();
		this.actualStart = data.actualStart();
		this.actualEnd = data.actualEnd();
		this.phases = new ArrayList<>(phases(data));
		this.illustrative = data.illustrative();
		this.launchText = Texts.clean(data.launchText());
		this.completionText = Texts.clean(data.completionText());
		this.releasability = data.releasability();
		this.updatedAt = at;
	}

	private static List<Phase> phases(ProjectData data) {
		return data.phases()
			.stream()
			.map(p -> new Phase(p.name().strip(), p.start(), p.end(), Amounts.plain(p.budget())))
			.toList();
	}

	/**
	 * Whether the record already says what the data says, once the data is written as the
	 * record would write it: an import that finds so writes nothing.
	 */
	public boolean holds(ProjectData data) {
		return toData().equals(record(partner(), data, updatedAt).toData());
	}

	/**
	 * The record as data, as {@link #record} and {@link #restate} write it (budgets
	 * without trailing zeros).
	 */
	public ProjectData toData() {
		return new ProjectData(ref, title, objective, leadNations(), leadNationsIllustrative, executingAgent, sector,
				currency, plannedStart, plannedEnd, actualStart, actualEnd,
				phases.stream()
					.map(p -> new PhaseData(p.name(), p.start(), p.end(), Amounts.plain(p.budget())))
					.toList(),
				status, illustrative, launchText, completionText, releasability);
	}

	// The lifecycle: the status is checked before the date and reason, so an illegal move
	// is
	// refused as such even when they are missing.

	/**
	 * Makes a move of the lifecycle on the date it happened and for a reason, and
	 * registers its event.
	 */
	public void move(ProjectMove move, @Nullable PartialDate on, @Nullable String reason, Instant at) {
		if (!move.allowedFrom(status)) {
			throw new RuleViolationException("A project that is " + status + " cannot " + move.verb() + "; it can "
					+ (LifecycleMove.from(ProjectMove.class, status).isEmpty() ? "no longer move" : String.join(" or ",
							LifecycleMove.from(ProjectMove.class, status).stream().map(ProjectMove::verb).toList())));
		}
		List<Problem> problems = new ArrayList<>();
		if (on == null) {
			problems.add(new Problem("on", "Give the date on which the project " + move.pastTense()));
		}
		if (reason == null || reason.isBlank()) {
			problems.add(new Problem("reason", "Give the reason for the move"));
		}
		else if (reason.strip().length() > 2000) {
			problems.add(new Problem("reason", "A reason has at most 2000 characters"));
		}
		PartialDate latest = latestDate();
		if (on != null && latest != null && on.lastDay().isBefore(latest.firstDay())) {
			problems.add(new Problem("on", "The date of this move (" + on
					+ ") cannot be before the project's last recorded date (" + latest + ")"));
		}
		InvalidInputException.throwIfAny(problems);
		if (move == ProjectMove.LAUNCH) {
			this.actualStart = on;
		}
		if (move == ProjectMove.COMPLETE) {
			this.actualEnd = on;
		}
		this.changes.add(new Change(status, move.to(), on, reason.strip()));
		this.status = move.to();
		this.updatedAt = at;
		registerEvent(project -> switch (move) {
			case LAUNCH, RESUME -> new ProjectLaunched(project.facts());
			case COMPLETE -> new ProjectCompleted(project.facts());
			case CLOSE -> new ProjectClosed(project.facts());
			case PROPOSE, OPEN_FUNDRAISING, SUSPEND -> new ProjectRevised(project.facts());
		});
	}

	private @Nullable PartialDate latestDate() {
		PartialDate latest = actualStart;
		for (PartialDate date : new PartialDate[] { actualEnd,
				changes.isEmpty() ? null : changes.get(changes.size() - 1).movedOn() }) {
			if (date != null && (latest == null || date.compareTo(latest) > 0)) {
				latest = date;
			}
		}
		return latest;
	}

	/**
	 * A change of the ledger or outputs, made under the project's lock: saved, the
	 * project moves its version, so that a writer who read an older one is refused, and
	 * its milestones are published again.
	 */
	public void touch(Instant at) {
		this.updatedAt = at;
		registerEvent(touched -> new ProjectRevised(touched.facts()));
	}

	// Milestones

	/**
	 * The moments the timeline shows: the launch once execution started, each suspension
	 * and resumption, the completion once the work is done; none at all for an
	 * illustrative project, which is never shown as fact.
	 */
	public MilestoneFacts facts() {
		List<Entry> entries = new ArrayList<>();
		if (!illustrative) {
			if (status.launched() && actualStart != null) {
				entries.add(new Entry("launched", actualStart,
						launchText != null ? launchText : "The trust fund project " + title + " is launched."));
			}
			// A suspension and its resumption are moments of the project's history too;
			// their
			// reasons are staff's working notes and stay off the timeline.
			for (Change change : changes) {
				if (change.toStatus() == ProjectStatus.SUSPENDED) {
					entries.add(new Entry("suspended", change.movedOn(),
							"The trust fund project " + title + " is suspended."));
				}
				else if (change.fromStatus() == ProjectStatus.SUSPENDED
						&& change.toStatus() == ProjectStatus.IN_EXECUTION) {
					entries
						.add(new Entry("resumed", change.movedOn(), "The trust fund project " + title + " resumes."));
				}
			}
			if (status.finished() && actualEnd != null) {
				entries.add(new Entry("completed", actualEnd, completionText != null ? completionText
						: "The trust fund project " + title + " is completed."));
			}
		}
		return new MilestoneFacts(SOURCE_TYPE, id(), version(), partner(), releasability, entries);
	}

	public MilestoneFacts removedFacts() {
		return MilestoneFacts.removed(SOURCE_TYPE, id(), version() + 1, partner());
	}

	public @Nullable String executingAgent() {
		return executingAgent;
	}

	public String ref() {
		return ref;
	}

	public String title() {
		return title;
	}

	public ProjectStatus status() {
		return status;
	}

	public Currency currency() {
		return currency;
	}

	public boolean illustrative() {
		return illustrative;
	}

	public Releasability releasability() {
		return releasability;
	}

	public @Nullable PartialDate actualStart() {
		return actualStart;
	}

	public @Nullable PartialDate actualEnd() {
		return actualEnd;
	}

	public List<NationCode> leadNations() {
		return leadNations.stream().map(LeadNation::nation).toList();
	}

	public List<StatusChange> changes() {
		return changes.stream()
			.map(c -> new StatusChange(c.fromStatus(), c.toStatus(), c.movedOn(), c.reason()))
			.toList();
	}

	public List<PhaseData> phases() {
		return phases.stream().map(p -> new PhaseData(p.name(), p.start(), p.end(), p.budget())).toList();
	}

}
