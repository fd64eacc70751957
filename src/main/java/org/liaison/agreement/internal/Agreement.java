package org.liaison.agreement.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementData;
import org.liaison.agreement.AgreementParty;
import org.liaison.agreement.AgreementService.Move;
import org.liaison.agreement.AgreementStatus;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An agreement between NATO and a partner (or between other parties, in the partnership's
 * record). It guards its lifecycle: a status changes only by a move the current status allows,
 * dated no earlier than the dates already recorded; an edit corrects the record but never its
 * status.
 */
@Table("agreement")
public class Agreement {

	static final String SOURCE_TYPE = "agreement";

	@Id
	private final UUID id;

	private final NationCode partner;

	private String ref;

	@Column("type_code")
	private String type;

	private String title;

	private @Nullable String description;

	private AgreementStatus status;

	private @Nullable PartialDate submittedOn;

	private @Nullable PartialDate agreedOn;

	private @Nullable PartialDate inForceOn;

	private @Nullable PartialDate endedOn;

	private @Nullable String milestoneText;

	@MappedCollection(idColumn = "agreement", keyColumn = "position")
	private List<Party> parties;

	private Releasability releasability;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	Agreement(UUID id, NationCode partner, String ref, String type, String title, @Nullable String description,
			AgreementStatus status, @Nullable PartialDate submittedOn, @Nullable PartialDate agreedOn,
			@Nullable PartialDate inForceOn, @Nullable PartialDate endedOn, @Nullable String milestoneText,
			List<Party> parties, Releasability releasability, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.partner = partner;
		this.ref = ref;
		this.type = type;
		this.title = title;
		this.description = description;
		this.status = status;
		this.submittedOn = submittedOn;
		this.agreedOn = agreedOn;
		this.inForceOn = inForceOn;
		this.endedOn = endedOn;
		this.milestoneText = milestoneText;
		this.parties = new ArrayList<>(parties);
		this.releasability = releasability;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/** Records an agreement at whatever stage it has reached, with the dates of that history. */
	public static Agreement record(NationCode partner, AgreementData data, Instant at) {
		check(data.problems());
		Agreement agreement = new Agreement(UUID.randomUUID(), partner, "", "", "", null, data.status(), null, null,
				null, null, null, List.of(), data.releasability(), at, null);
		agreement.apply(data, at);
		return agreement;
	}

	/** Corrects or completes the record; the status changes only through the lifecycle moves. */
	public void revise(AgreementData data, Instant at) {
		List<Problem> problems = new ArrayList<>();
		if (data.status() != status) {
			problems.add(new Problem("status", "The agreement is " + status
					+ "; an edit cannot make it " + data.status() + ". Use the lifecycle actions to change the status"));
		}
		problems.addAll(data.problems());
		check(problems);
		apply(data, at);
	}

	/**
	 * Makes the record what a dossier says it is, status included: an import records history
	 * that already happened, so it does not replay the lifecycle.
	 */
	public void restate(AgreementData data, Instant at) {
		check(data.problems());
		this.status = data.status();
		apply(data, at);
	}

	private void apply(AgreementData data, Instant at) {
		this.ref = data.refOrDefault();
		this.type = data.type();
		this.title = data.title().strip();
		this.description = clean(data.description());
		this.submittedOn = data.submittedOn();
		this.agreedOn = data.agreedOn();
		this.inForceOn = data.inForceOn();
		this.endedOn = data.endedOn();
		this.milestoneText = clean(data.milestoneText());
		this.parties = parties(data);
		this.releasability = data.releasability();
		this.updatedAt = at;
	}

	public boolean sameAs(AgreementData data) {
		return ref.equals(data.refOrDefault()) && type.equals(data.type()) && title.equals(data.title().strip())
				&& Objects.equals(description, clean(data.description())) && status == data.status()
				&& Objects.equals(submittedOn, data.submittedOn()) && Objects.equals(agreedOn, data.agreedOn())
				&& Objects.equals(inForceOn, data.inForceOn()) && Objects.equals(endedOn, data.endedOn())
				&& Objects.equals(milestoneText, clean(data.milestoneText())) && parties.equals(parties(data))
				&& releasability == data.releasability();
	}

	// The lifecycle: each move checks that the status allows it before it looks at the date, so
	// an illegal move is refused as such even when its date is missing.

	public void submit(@Nullable PartialDate on, Instant at) {
		move(Move.SUBMIT, on, at);
		this.submittedOn = on;
	}

	public void agree(@Nullable PartialDate on, Instant at) {
		move(Move.AGREE, on, at);
		this.agreedOn = on;
	}

	public void enterIntoForce(@Nullable PartialDate on, Instant at) {
		move(Move.ENTER_INTO_FORCE, on, at);
		this.inForceOn = on;
	}

	public void supersede(@Nullable PartialDate on, Instant at) {
		move(Move.SUPERSEDE, on, at);
		this.endedOn = on;
	}

	public void expire(@Nullable PartialDate on, Instant at) {
		move(Move.EXPIRE, on, at);
		this.endedOn = on;
	}

	public void terminate(@Nullable PartialDate on, Instant at) {
		move(Move.TERMINATE, on, at);
		this.endedOn = on;
	}

	private void move(Move move, @Nullable PartialDate on, Instant at) {
		if (!move.allowedFrom(status)) {
			throw new RuleViolationException(
					"An agreement that is " + status + " cannot " + move.verb() + "; " + hint(move));
		}
		if (on == null) {
			throw InvalidInputException.of("on", "Give the date on which the agreement " + move.pastTense());
		}
		record Earlier(@Nullable PartialDate date, String what) {
		}
		for (Earlier earlier : List.of(new Earlier(inForceOn, "it entered into force"),
				new Earlier(agreedOn, "it was agreed"), new Earlier(submittedOn, "it was submitted"))) {
			if (earlier.date() != null && on.lastDay().isBefore(earlier.date().firstDay())) {
				throw InvalidInputException.of("on", "The date of this move (" + on + ") cannot be before the date "
						+ earlier.what() + " (" + earlier.date() + ")");
			}
		}
		this.status = move.to();
		this.updatedAt = at;
	}

	private String hint(Move move) {
		if (status.ended()) {
			return "it has already ended";
		}
		return switch (move) {
			case SUBMIT -> "it has been submitted already";
			case AGREE -> status == AgreementStatus.DRAFT ? "submit it first" : "it has been agreed already";
			case ENTER_INTO_FORCE -> status.reachedAgreement() ? "it is in force already" : "it must be agreed first";
			case SUPERSEDE, EXPIRE, TERMINATE -> "it must be agreed first";
		};
	}

	// Milestones

	/**
	 * The moments the timeline shows for this agreement: its agreement once it has been agreed,
	 * and its entry into force once it has entered into force.
	 */
	public MilestoneFacts facts() {
		List<Entry> entries = new ArrayList<>();
		if (status.reachedAgreement() && agreedOn != null) {
			entries.add(new Entry("agreed", agreedOn, milestoneText != null ? milestoneText : title + " agreed."));
		}
		if (inForceOn != null && status.reached(AgreementStatus.IN_FORCE)) {
			entries.add(new Entry("in-force", inForceOn, title + " enters into force."));
		}
		return new MilestoneFacts(SOURCE_TYPE, id, version(), partner, releasability, entries);
	}

	public MilestoneFacts removedFacts() {
		return MilestoneFacts.removed(SOURCE_TYPE, id, version() + 1, partner);
	}

	private static List<Party> parties(AgreementData data) {
		return data.parties().stream().map(Party::of).toList();
	}

	private static void check(List<Problem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
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

	public AgreementStatus status() {
		return status;
	}

	public List<AgreementParty> parties() {
		return parties.stream().map(Party::toParty).toList();
	}

	public long version() {
		return version == null ? 0 : version;
	}

}
