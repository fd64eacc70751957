package org.liaison.science.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.science.GrantData;
import org.liaison.science.GrantDirector;
import org.liaison.science.GrantMechanism;
import org.liaison.science.GrantStatus;
import org.liaison.science.ReportData;
import org.liaison.science.ReportSchedule;
import org.liaison.science.ScienceService.Move;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.util.Currency;

/**
 * An SPS grant. It guards its rules: the co-directors' nations (an Ally for the NATO-country
 * director, a partner nation for the partner-country director), shares within the budget and in
 * its currency, the dates each status needs, a multi-year project's duration, a status that
 * changes only by a move the current one allows, and one report per due date of its schedule.
 */
@Table("science_grant")
public class Grant {

	@Id
	private final UUID id;

	private final NationCode partner;

	private String ref;

	private String title;

	private @Nullable String description;

	private GrantMechanism mechanism;

	@MappedCollection(idColumn = "grant_id")
	private Set<GrantPriority> priorities;

	private String natoDirectorName;

	private String natoDirectorInstitution;

	private NationCode natoDirectorNation;

	private String partnerDirectorName;

	private String partnerDirectorInstitution;

	private NationCode partnerDirectorNation;

	private Currency currency;

	private BigDecimal budgetAmount;

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
	private Set<Report> reports;

	private Releasability releasability;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	Grant(UUID id, NationCode partner, String ref, String title, @Nullable String description,
			GrantMechanism mechanism, Set<GrantPriority> priorities, String natoDirectorName,
			String natoDirectorInstitution, NationCode natoDirectorNation, String partnerDirectorName,
			String partnerDirectorInstitution, NationCode partnerDirectorNation, Currency currency,
			BigDecimal budgetAmount, @Nullable BigDecimal natoShareAmount, @Nullable BigDecimal partnerShareAmount,
			GrantStatus status, @Nullable PartialDate reviewOn, @Nullable PartialDate decidedOn,
			@Nullable String decisionReason, @Nullable PartialDate startOn, @Nullable PartialDate endOn,
			boolean illustrative, Set<Report> reports, Releasability releasability, Instant updatedAt,
			@Nullable Long version) {
		this.id = id;
		this.partner = partner;
		this.ref = ref;
		this.title = title;
		this.description = description;
		this.mechanism = mechanism;
		this.priorities = new HashSet<>(priorities);
		this.natoDirectorName = natoDirectorName;
		this.natoDirectorInstitution = natoDirectorInstitution;
		this.natoDirectorNation = natoDirectorNation;
		this.partnerDirectorName = partnerDirectorName;
		this.partnerDirectorInstitution = partnerDirectorInstitution;
		this.partnerDirectorNation = partnerDirectorNation;
		this.currency = currency;
		this.budgetAmount = budgetAmount;
		this.natoShareAmount = natoShareAmount;
		this.partnerShareAmount = partnerShareAmount;
		this.status = status;
		this.reviewOn = reviewOn;
		this.decidedOn = decidedOn;
		this.decisionReason = decisionReason;
		this.startOn = startOn;
		this.endOn = endOn;
		this.illustrative = illustrative;
		this.reports = new HashSet<>(reports);
		this.releasability = releasability;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** Records a grant at whatever stage it has reached, with the dates of that history. */
	public static Grant record(NationCode partner, GrantData data, Nations nations, Instant at) {
		check(data, nations);
		Grant grant = new Grant(UUID.randomUUID(), partner, "", "", null, data.mechanism(), Set.of(), "", "",
				data.natoDirector().nation(), "", "", data.partnerDirector().nation(), data.budget().currency(),
				data.budget().amount(), null, null, data.status(), null, null, null, null, null, false, Set.of(),
				data.releasability(), at, null);
		grant.apply(data, at);
		return grant;
	}

	/** Corrects or completes the record; the status changes only through the lifecycle moves. */
	public void revise(GrantData data, Nations nations, Instant at) {
		List<Problem> problems = new ArrayList<>();
		if (data.status() != status) {
			problems.add(new Problem("status", "The grant is " + status + "; an edit cannot make it " + data.status()
					+ ". Use the lifecycle actions to change the status"));
		}
		problems.addAll(data.problems());
		problems.addAll(directorProblems(data, nations));
		check(problems);
		apply(data, at);
	}

	/**
	 * Makes the record what a dossier says it is, status and reports included: an import records
	 * history that already happened, so it does not replay the lifecycle.
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
		check(problems);
	}

	/** Whether the record already holds this data and these reports. */
	public boolean sameAs(GrantData data, List<ReportData> given) {
		return ref.equals(data.refOrDefault()) && title.equals(data.title().strip())
				&& Objects.equals(description, Texts.clean(data.description())) && mechanism == data.mechanism()
				&& priorities.equals(priorities(data)) && natoDirector().equals(director(data.natoDirector()))
				&& partnerDirector().equals(director(data.partnerDirector()))
				&& currency.equals(data.budget().currency()) && Amounts.same(budgetAmount, data.budget())
				&& Amounts.same(natoShareAmount, data.natoShare()) && Amounts.same(partnerShareAmount, data.partnerShare())
				&& status == data.status() && Objects.equals(reviewOn, data.reviewOn())
				&& Objects.equals(decidedOn, data.decidedOn())
				&& Objects.equals(decisionReason, Texts.clean(data.decisionReason()))
				&& Objects.equals(startOn, data.start()) && Objects.equals(endOn, data.end())
				&& illustrative == data.illustrative() && releasability == data.releasability()
				&& sameReports(given);
	}

	/** A report given without its submission date matches the stored one of its due date. */
	private boolean sameReports(List<ReportData> given) {
		if (given.size() != reports.size()) {
			return false;
		}
		return given.stream()
			.allMatch(g -> reports.stream()
				.anyMatch(r -> r.dueOn().equals(g.dueOn()) && r.summary().equals(g.summary().strip())
						&& (g.submittedOn() == null || r.submittedOn().equals(g.submittedOn()))));
	}

	private void apply(GrantData data, Instant at) {
		this.ref = data.refOrDefault();
		this.title = data.title().strip();
		this.description = Texts.clean(data.description());
		this.mechanism = data.mechanism();
		this.priorities = new HashSet<>(priorities(data));
		GrantDirector nato = director(data.natoDirector());
		this.natoDirectorName = nato.name();
		this.natoDirectorInstitution = nato.institution();
		this.natoDirectorNation = nato.nation();
		GrantDirector other = director(data.partnerDirector());
		this.partnerDirectorName = other.name();
		this.partnerDirectorInstitution = other.institution();
		this.partnerDirectorNation = other.nation();
		this.currency = data.budget().currency();
		this.budgetAmount = data.budget().amount();
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

	/**
	 * The NATO-country director comes from an Ally, the partner-country director from a partner
	 * nation (any nation of the list that is not an Ally).
	 */
	public static List<Problem> directorProblems(GrantData data, Nations nations) {
		List<Problem> problems = new ArrayList<>();
		if (data.natoDirector() != null && data.natoDirector().nation() != null) {
			NationCode nation = data.natoDirector().nation();
			if (nations.others().contains(nation)) {
				problems.add(new Problem("natoDirector.nation",
						"'" + nation + "' is not an Ally; the NATO-country director comes from an Ally"));
			}
			else if (!nations.allies().contains(nation)) {
				problems.add(new Problem("natoDirector.nation", "'" + nation + "' is not in the list of nations"));
			}
		}
		if (data.partnerDirector() != null && data.partnerDirector().nation() != null) {
			NationCode nation = data.partnerDirector().nation();
			if (nations.allies().contains(nation)) {
				problems.add(new Problem("partnerDirector.nation",
						"'" + nation + "' is an Ally; the partner-country director comes from a partner nation"));
			}
			else if (!nations.others().contains(nation)) {
				problems.add(new Problem("partnerDirector.nation", "'" + nation + "' is not in the list of nations"));
			}
		}
		return problems;
	}

	// The lifecycle: each move checks that the status allows it before it looks at its date, so an
	// illegal move is refused as such even when its date is missing.

	public void move(Move move, @Nullable PartialDate on, @Nullable String reason, Instant at) {
		if (!move.allowedFrom(status)) {
			throw new RuleViolationException("A grant that is " + status + " cannot " + move.verb() + "; " + hint(move));
		}
		String why = Texts.clean(reason);
		if (why != null && move != Move.APPROVE && move != Move.REJECT) {
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
	}

	private void checkDuration(@Nullable PartialDate start, @Nullable PartialDate end) {
		List<Problem> problems = GrantData.durationProblems(mechanism, start, end, "on");
		check(problems);
	}

	private String hint(Move move) {
		return switch (status) {
			case REJECTED -> "it was rejected";
			case COMPLETED -> "it is completed";
			default -> switch (move) {
				case SUBMIT_FOR_REVIEW -> "it is past review already";
				case APPROVE, REJECT -> status == GrantStatus.APPLIED ? "submit it for review first"
						: "it has been decided on already";
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
		if (!status.started()) {
			throw new RuleViolationException("A grant that is " + status + " has no reports due; it must be active first");
		}
		List<ReportSchedule.Due> dates = ReportSchedule.dueDates(startOn, endOn, today);
		ReportSchedule.Due due = dates.stream().filter(d -> d.on().equals(data.dueOn())).findFirst().orElse(null);
		if (due == null) {
			throw InvalidInputException.of("dueOn", "No report of this grant is due on " + data.dueOn()
					+ "; its due dates are " + dates.stream().map(d -> d.on().toString()).collect(Collectors.joining(", ")));
		}
		if (reports.stream().anyMatch(r -> r.dueOn().equals(data.dueOn()))) {
			throw InvalidInputException.of("dueOn", "The report due on " + data.dueOn() + " was submitted already");
		}
		LocalDate submittedOn = data.submittedOn() == null ? today : data.submittedOn();
		if (submittedOn.isAfter(today)) {
			throw InvalidInputException.of("submittedOn", "A report cannot be submitted in the future (" + submittedOn + ")");
		}
		if (data.summary() == null || data.summary().isBlank()) {
			throw InvalidInputException.of("summary", "A report needs a summary");
		}
		reports.add(new Report(data.dueOn(), submittedOn, data.summary().strip(), due.finalReport()));
	}

	private static void check(GrantData data, Nations nations) {
		List<Problem> problems = new ArrayList<>(data.problems());
		problems.addAll(directorProblems(data, nations));
		check(problems);
	}

	private static void check(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static Set<GrantPriority> priorities(GrantData data) {
		return data.priorities().stream().map(GrantPriority::new).collect(Collectors.toSet());
	}

	private static GrantDirector director(GrantDirector director) {
		return new GrantDirector(director.name().strip(), director.institution().strip(), director.nation());
	}

	public UUID id() {
		return id;
	}

	public NationCode partner() {
		return partner;
	}

	public String ref() {
		return ref;
	}

	public String title() {
		return title;
	}

	public GrantStatus status() {
		return status;
	}

	public boolean illustrative() {
		return illustrative;
	}

	public Releasability releasability() {
		return releasability;
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

	public GrantDirector natoDirector() {
		return new GrantDirector(natoDirectorName, natoDirectorInstitution, natoDirectorNation);
	}

	public GrantDirector partnerDirector() {
		return new GrantDirector(partnerDirectorName, partnerDirectorInstitution, partnerDirectorNation);
	}

	public Money budget() {
		return Objects.requireNonNull(Amounts.money(budgetAmount, currency));
	}

	public @Nullable Money natoShare() {
		return Amounts.money(natoShareAmount, currency);
	}

	public @Nullable Money partnerShare() {
		return Amounts.money(partnerShareAmount, currency);
	}

	public List<org.liaison.science.ReportSummary> reports() {
		return reports.stream()
			.map(Report::toSummary)
			.sorted(java.util.Comparator.comparing(org.liaison.science.ReportSummary::dueOn))
			.toList();
	}

	public long version() {
		return version == null ? 0 : version;
	}

}
