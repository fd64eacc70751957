package org.liaison.agreement.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.agreement.AgreementAgreed;
import org.liaison.agreement.AgreementData;
import org.liaison.agreement.AgreementEnded;
import org.liaison.agreement.AgreementEnteredIntoForce;
import org.liaison.agreement.AgreementParty;
import org.liaison.agreement.AgreementMove;
import org.liaison.agreement.AgreementRecorded;
import org.liaison.agreement.AgreementRevised;
import org.liaison.agreement.AgreementStatus;
import org.liaison.agreement.AgreementSubmitted;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An agreement between NATO and a partner (or between other parties, in the partnership's
 * record). It guards its lifecycle: a status changes only by a move the current status
 * allows, dated no earlier than the dates already recorded; an edit corrects the record
 * but never its status.
 */
@Table("agreement")
public class Agreement extends PartnerRecord<Agreement> {

	static final String SOURCE_TYPE = "agreement";

	// As long as a text the data gives, and its column.
	private static final int TEXT_LENGTH = 1000;

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

	// What the timeline says of each dated step; when empty, a sentence is made from the
	// title.

	private @Nullable String submittedText;

	private @Nullable String agreedText;

	private @Nullable String inForceText;

	private @Nullable String endedText;

	@MappedCollection(idColumn = "agreement", keyColumn = "position")
	private List<Party> parties;

	private Releasability releasability;

	private Instant updatedAt;

	Agreement(UUID id, NationCode partner) {
		super(id, partner);
	}

	/**
	 * Records an agreement at whatever stage it has reached, with the dates of that
	 * history.
	 */
	public static Agreement record(NationCode partner, AgreementData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		Agreement agreement = new Agreement(UUID.randomUUID(), partner);
		agreement.status = data.status();
		agreement.apply(data, at);
		agreement.registerEvent(recorded -> new AgreementRecorded(recorded.facts()));
		return agreement;
	}

	/**
	 * Corrects or completes the record; the status changes only through the lifecycle
	 * moves.
	 */
	public void revise(AgreementData data, Instant at) {
		List<Problem> problems = new ArrayList<>();
		if (data.status() != status) {
			problems.add(new Problem("status", "The agreement is " + status + "; an edit cannot make it "
					+ data.status() + ". Use the lifecycle actions to change the status"));
		}
		problems.addAll(data.problems());
		InvalidInputException.throwIfAny(problems);
		apply(data, at);
		registerEvent(revised -> new AgreementRevised(revised.facts()));
	}

	/**
	 * Makes the record what a dossier says it is, status included: an import records
	 * history that already happened, so it does not replay the lifecycle.
	 */
	public void restate(AgreementData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		this.status = data.status();
		apply(data, at);
		registerEvent(restated -> new AgreementRevised(restated.facts()));
	}

	/** Before the record is deleted: its milestones go with it. */
	public void remove() {
		registerEvent(removed -> new AgreementRevised(removed.removedFacts()));
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
		this.submittedText = clean(data.submittedText());
		this.agreedText = clean(data.agreedText());
		this.inForceText = clean(data.inForceText());
		this.endedText = clean(data.endedText());
		this.parties = parties(data);
		this.releasability = data.releasability();
		this.updatedAt = at;
	}

	/**
	 * Whether the record already says what the data says, once the data is written as the
	 * record would write it: an import that finds so writes nothing.
	 */
	public boolean holds(AgreementData data) {
		return toData().equals(record(partner(), data, updatedAt).toData());
	}

	/** The record as data, as {@link #record} and {@link #restate} write it. */
	public AgreementData toData() {
		return new AgreementData(ref, type, title, description, status, submittedOn, agreedOn, inForceOn, endedOn,
				submittedText, agreedText, inForceText, endedText, parties(), releasability);
	}

	// The lifecycle: a move checks that the status allows it before it looks at the date,
	// so an
	// illegal move is refused as such even when its date is missing.

	/**
	 * Makes a move of the lifecycle on the date it happened, and registers its event.
	 * @param text what the timeline says of the move; when empty, the text the record
	 * already has for it, if any, is kept
	 */
	public void move(AgreementMove move, @Nullable PartialDate on, @Nullable String text, Instant at) {
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
		String given = clean(text);
		if (given != null && given.length() > TEXT_LENGTH) {
			throw InvalidInputException.of("text", "The timeline text of a move has at most " + TEXT_LENGTH
					+ " characters; this one has " + given.length());
		}
		switch (move) {
			case SUBMIT -> {
				this.submittedOn = on;
				this.submittedText = given != null ? given : submittedText;
			}
			case AGREE -> {
				this.agreedOn = on;
				this.agreedText = given != null ? given : agreedText;
			}
			case ENTER_INTO_FORCE -> {
				this.inForceOn = on;
				this.inForceText = given != null ? given : inForceText;
			}
			case SUPERSEDE, EXPIRE, TERMINATE -> {
				this.endedOn = on;
				this.endedText = given != null ? given : endedText;
			}
		}
		this.status = move.to();
		this.updatedAt = at;
		registerEvent(agreement -> switch (move) {
			case SUBMIT -> new AgreementSubmitted(agreement.facts());
			case AGREE -> new AgreementAgreed(agreement.facts());
			case ENTER_INTO_FORCE -> new AgreementEnteredIntoForce(agreement.facts());
			case SUPERSEDE, EXPIRE, TERMINATE -> new AgreementEnded(agreement.facts(), agreement.status);
		});
	}

	private String hint(AgreementMove move) {
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
	 * The moments the timeline shows for this agreement: each step of its lifecycle that
	 * it has reached and whose date is known (its submission, its agreement, its entry
	 * into force, its end), in that order, each with its own text.
	 */
	public MilestoneFacts facts() {
		List<Entry> entries = new ArrayList<>();
		addMilestone(entries, "submitted", AgreementStatus.SUBMITTED, submittedOn, submittedText, "submitted");
		addMilestone(entries, "agreed", AgreementStatus.AGREED, agreedOn, agreedText, "agreed");
		addMilestone(entries, "in-force", AgreementStatus.IN_FORCE, inForceOn, inForceText, "enters into force");
		addMilestone(entries, "ended", AgreementStatus.SUPERSEDED, endedOn, endedText,
				status.name().toLowerCase(Locale.ROOT));
		return new MilestoneFacts(SOURCE_TYPE, id(), version(), partner(), releasability, entries);
	}

	private void addMilestone(List<Entry> entries, String kind, AgreementStatus stage, @Nullable PartialDate on,
			@Nullable String text, String happened) {
		if (on != null && status.reached(stage)) {
			entries.add(new Entry(kind, on, text != null ? text : title + " " + happened + "."));
		}
	}

	public MilestoneFacts removedFacts() {
		return MilestoneFacts.removed(SOURCE_TYPE, id(), version() + 1, partner());
	}

	private static List<Party> parties(AgreementData data) {
		return data.parties().stream().map(Party::of).toList();
	}

	private static @Nullable String clean(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
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

}
