package org.liaison.science.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.science.GrantApproved;
import org.liaison.science.GrantCompleted;
import org.liaison.science.GrantData;
import org.liaison.science.GrantDirector;
import org.liaison.science.GrantMechanism;
import org.liaison.science.GrantStatus;
import org.liaison.science.ReportData;
import org.liaison.science.ReportSummary;
import org.liaison.science.GrantMove;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An SPS grant. It guards its rules: the co-directors' nations (an Ally for the
 * NATO-country director, a partner nation for the partner-country director), shares
 * within the budget and in its currency, the dates each status needs, a multi-year
 * project's duration, a status that changes only by a move the current one allows, and
 * one report per due date of its schedule (see {@link GrantReports}). Approval and
 * completion register {@link GrantApproved} and {@link GrantCompleted}.
 */
@Table("science_grant")
public class Grant extends PartnerRecord<Grant> {

	private String ref;

	private String title;

	private @Nullable String description;

	private GrantMechanism mechanism;

	@MappedCollection(idColumn = "grant_id")
	private Set<GrantPriority> priorities;

	@Embedded.Nullable(prefix = "nato_director_")
	private @Nullable GrantDirector natoDirector;

	@Embedded.Nullable(prefix = "partner_director_")
	private @Nullable GrantDirector partnerDirector;

	// None, with the budget, when no source gives it.
	private @Nullable Currency currency;

	private @Nullable BigDecimal budgetAmount;

	private @Nullable BigDecimal natoShareAmount;

	private @Nullable BigDecimal partnerShareAmount;

	private GrantStatus status;

	private @Nullable PartialDate reviewOn;

	private @Nullable PartialDate decidedOn;

	private @Nullable String decisionReason;

	private @Nullable PartialDate startOn;

	private @Nullable PartialDate endOn;

	private boolean illustrative;

	@MappedCollection(idColumn = "grant_id")
	private Set<Report> reports = new HashSet<>();

	private Releasability releasability;

	private Instant updatedAt;

	Grant(UUID id, NationCode partner) {
		super(id, partner);
	}

	/**
	 * Records a grant at whatever stage it has reached, with the dates of that history.
	 */
	public static Grant record(NationCode partner, GrantData data, Nations nations, Instant at) {
		check(data, nations);
		Grant grant = new Grant(UUID.randomUUID(), partner);
		grant.status = data.status();
		grant.apply(data, at);
		return grant;
	}

	/**
	 * Corrects or completes the record; the status changes only through the lifecycle
	 * moves.
	 */
	public void revise(GrantData data, Nations nations, Instant at) {
		List<Problem> problems = new ArrayList<>();
		if (data.status() != status) {
			problems.add(new Problem("status", "The grant is " + status + "; an edit cannot make it " + data.status()
					+ ". Use the lifecycle actions to change the status"));
		}
		problems.addAll(data.problems());
		problems.addAll(nations.directorProblems(data));
		InvalidInputException.throwIfAny(problems);
		apply(data, at);
	}

	/**
	 * Makes the record what a dossier says it is, status and reports included: an import
	 * records history that already happened, so it does not replay the lifecycle.
	 */
	public void restate(GrantData data, List<ReportData> reports, Nations nations, LocalDate today, Instant at) {
		check(data, nations);
		this.status = data.status();
		apply(data, at);
		this.reports = new HashSet<>();
		List<Problem> problems = new ArrayList<>();
		for (int i = 0; i < reports.size(); i++) {
			try {
				addReport(reports.get(i), today);
			}
			catch (InvalidInputException | RuleViolationException ex) {
				problems.add(new Problem("reports[" + i + "].dueOn", ex.getMessage()));
			}
		}
		InvalidInputException.throwIfAny(problems);
	}

	/**
	 * Whether the record already holds this data and these reports, once the data is
	 * written as the record would write it: an import that finds so writes nothing.
	 */
	public boolean holds(GrantData data, Nations nations, List<ReportData> given) {
		return toData().equals(record(partner(), data, nations, updatedAt).toData())
				&& new GrantReports(reports).match(given);
	}

	/**
	 * The record as data, as {@link #record} and {@link #restate} write it: priorities in
	 * the order of their codes, amounts without trailing zeros.
	 */
	public GrantData toData() {
		return new GrantData(ref, title, description, mechanism, priorityCodes().stream().sorted().toList(),
				natoDirector, partnerDirector, plain(budgetAmount), plain(natoShareAmount), plain(partnerShareAmount),
				status, reviewOn, decidedOn, decisionReason, startOn, endOn, illustrative, releasability);
	}

	private @Nullable Money plain(@Nullable BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		BigDecimal stripped = amount.stripTrailingZeros();
		return new Money(stripped.scale() < 0 ? stripped.setScale(0) : stripped, currency);
	}

	private void apply(GrantData data, Instant at) {
		this.ref = data.refOrDefault();
		this.title = data.title().strip();
		this.description = Texts.clean(data.description());
		this.mechanism = data.mechanism();
		this.priorities = new HashSet<>(priorities(data));
		this.natoDirector = director(data.natoDirector());
		this.partnerDirector = director(data.partnerDirector());
		this.currency = data.budget() == null ? null : data.budget().currency();
		this.budgetAmount = data.budget() == null ? null : data.budget().amount();
		this.natoShareAmount = Amounts.amount(data.natoShare());
		this.partnerShareAmount = Amounts.amount(data.partnerShare());
		this.reviewOn = data.reviewOn();
		this.decidedOn = data.decidedOn();
		this.decisionReason = Texts.clean(data.decisionReason());
		this.startOn = data.start();
		this.endOn = data.end();
		this.illustrative = data.illustrative();
		this.releasability = data.releasability();
		this.updatedAt = at;
	}

	// The lifecycle: each move checks that the status allows it before it looks at its
	// date, so an
	// illegal move is refused as such even when its date is missing.

	/**
	 * Makes a move of the lifecycle, on the date it happened, and registers its event if
	 * it has one.
	 */
	public void move(GrantMove move, @Nullable PartialDate on, @Nullable String reason, Instant at) {
		if (!move.allowedFrom(status)) {
			throw new RuleViolationException(
					"A grant that is " + status + " cannot " + move.verb() + "; " + hint(move));
		}
		String why = Texts.clean(reason);
		if (why != null && !move.takesReason()) {
			throw InvalidInputException.of("reason", "Only an approval or a rejection takes a reason");
		}
		if (why != null && why.length() > 2000) {
			throw InvalidInputException.of("reason", "A reason has at most 2000 characters");
		}
		switch (move) {
			case SUBMIT_FOR_REVIEW -> this.reviewOn = on;
			case APPROVE, REJECT -> {
				if (on == null) {
					throw InvalidInputException.of("on", "Give the date of the decision");
				}
				if (reviewOn != null && on.lastDay().isBefore(reviewOn.firstDay())) {
					throw InvalidInputException.of("on",
							"The decision (" + on + ") cannot be before the review (" + reviewOn + ")");
				}
				this.decidedOn = on;
				this.decisionReason = why;
			}
			case ACTIVATE -> {
				PartialDate start = on != null ? on : startOn;
				if (start == null) {
					throw InvalidInputException.of("on", "Give the date the grant started");
				}
				checkDuration(start, endOn);
				this.startOn = start;
			}
			case COMPLETE -> {
				PartialDate end = on != null ? on : endOn;
				if (end == null) {
					throw InvalidInputException.of("on", "Give the date the grant ended");
				}
				checkDuration(startOn, end);
				this.endOn = end;
			}
		}
		this.status = move.to();
		this.updatedAt = at;
		if (move == GrantMove.APPROVE && decidedOn != null) {
			registerEvent(grant -> new GrantApproved(grant.id(), grant.partner(), grant.title, grant.decidedOn,
					grant.illustrative, grant.releasability));
		}
		if (move == GrantMove.COMPLETE && endOn != null) {
			registerEvent(grant -> new GrantCompleted(grant.id(), grant.partner(), grant.title, grant.endOn,
					grant.illustrative, grant.releasability));
		}
	}

	private void checkDuration(@Nullable PartialDate start, @Nullable PartialDate end) {
		List<Problem> problems = GrantData.durationProblems(mechanism, start, end, "on");
		InvalidInputException.throwIfAny(problems);
	}

	private String hint(GrantMove move) {
		return switch (status) {
			case REJECTED -> "it was rejected";
			case COMPLETED -> "it is completed";
			default -> switch (move) {
				case SUBMIT_FOR_REVIEW -> "it is past review already";
				case APPROVE, REJECT ->
					status == GrantStatus.APPLIED ? "submit it for review first" : "it has been decided on already";
				case ACTIVATE -> status.started() ? "it is active already" : "it must be approved first";
				case COMPLETE -> "it must be active first";
			};
		};
	}

	// Reports

	/** Records the report for one of the due dates of the schedule. */
	public void submitReport(ReportData data, LocalDate today, Instant at) {
		addReport(data, today);
		this.updatedAt = at;
	}

	private void addReport(ReportData data, LocalDate today) {
		reports.add(new GrantReports(reports).next(data, status, startOn, endOn, today));
	}

	private static void check(GrantData data, Nations nations) {
		List<Problem> problems = new ArrayList<>(data.problems());
		problems.addAll(nations.directorProblems(data));
		InvalidInputException.throwIfAny(problems);
	}

	private static Set<GrantPriority> priorities(GrantData data) {
		return data.priorities().stream().map(GrantPriority::new).collect(Collectors.toSet());
	}

	private static @Nullable GrantDirector director(@Nullable GrantDirector director) {
		return director == null ? null
				: new GrantDirector(director.name().strip(), director.institution().strip(), director.nation());
	}

	public GrantStatus status() {
		return status;
	}

	public @Nullable PartialDate decidedOn() {
		return decidedOn;
	}

	public @Nullable PartialDate start() {
		return startOn;
	}

	public @Nullable PartialDate end() {
		return endOn;
	}

	public Set<String> priorityCodes() {
		return priorities.stream().map(GrantPriority::code).collect(Collectors.toSet());
	}

	public List<ReportSummary> reports() {
		return new GrantReports(reports).summaries();
	}

}
