package org.liaison.activity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.EventCancelled;
import org.liaison.activity.EventData;
import org.liaison.activity.EventHeld;
import org.liaison.activity.EventMilestones;
import org.liaison.activity.EventStatus;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.Texts;
import org.liaison.shared.VersionedAggregate;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A dated event of an activity. Its status moves only along its lifecycle. */
@Table("activity_event")
public class Event extends VersionedAggregate<Event> {

	@PartOf
	private final UUID activity;

	@Column("start_on")
	private LocalDate start;

	@Column("end_on")
	private LocalDate end;

	private String city;

	private NationCode nation;

	private int seats;

	@Column("lang")
	private String language;

	private @Nullable LocalDate deadline;

	private EventStatus status;

	private boolean milestone;

	private @Nullable String milestoneText;

	private @Nullable String cancelReason;

	private boolean illustrative;

	private Instant updatedAt;

	Event(UUID id, UUID activity) {
		super(id);
		this.activity = activity;
	}

	public static Event create(UUID activity, EventData data, EventStatus status, Instant at) {
		Event event = new Event(UUID.randomUUID(), activity);
		event.status = status;
		event.revise(data, at);
		return event;
	}

	public void revise(EventData data, Instant at) {
		InvalidInputException.throwIfAny(data.problems());
		this.start = data.start();
		this.end = data.end();
		this.city = data.city().strip();
		this.nation = data.nation();
		this.seats = data.seats();
		this.language = data.language().strip();
		this.deadline = data.deadline();
		this.milestone = data.milestone();
		this.milestoneText = Texts.clean(data.milestoneText());
		this.illustrative = data.illustrative();
		this.updatedAt = at;
	}

	public EventData toData() {
		return new EventData(start, end, city, nation, seats, language, deadline, milestone, milestoneText,
				illustrative);
	}

	/**
	 * Moves the event to the given status, if its lifecycle allows it, and tells that it
	 * was held or cancelled (naming its activity, which the listeners know it by).
	 */
	public void move(EventStatus to, @Nullable String reason, String activityRef, Instant at) {
		if (!status.next().contains(to)) {
			throw new RuleViolationException("An event that is %s cannot become %s".formatted(status, to));
		}
		if (to == EventStatus.CANCELLED && Texts.clean(reason) == null) {
			throw InvalidInputException.of("reason", "Say why the event is cancelled");
		}
		this.status = to;
		this.cancelReason = to == EventStatus.CANCELLED ? Texts.clean(reason) : null;
		this.updatedAt = at;
		if (to == EventStatus.CANCELLED) {
			String why = reason.strip();
			registerEvent(cancelled -> new EventCancelled(cancelled.id(), activityRef, why));
		}
		if (to == EventStatus.HELD) {
			registerEvent(held -> new EventHeld(held.id(), activityRef));
		}
	}

	/** Refuses a request for places unless the event takes requests on that day. */
	public void requireTakesRequests(LocalDate today) {
		if (!status.takesRequests()) {
			throw new RuleViolationException("The event of %s in %s is %s and takes no requests".formatted(start, city,
					status.name().toLowerCase()));
		}
		if (deadline != null && today.isAfter(deadline)) {
			throw new RuleViolationException(
					"Registration for the event of %s in %s closed on %s".formatted(start, city, deadline));
		}
	}

	public EventMilestones milestones(String activityTitle, Releasability releasability, NationCode partner,
			long sourceVersion) {
		return new EventMilestones(new MilestoneFacts(EventMilestones.SOURCE_TYPE, id(), sourceVersion, partner,
				releasability, milestones(toData(), status, activityTitle)));
	}

	/**
	 * The milestones an event with this data and status stands for: one once it is held.
	 */
	static List<Entry> milestones(EventData data, EventStatus status, String activityTitle) {
		return data.milestone() && status == EventStatus.HELD && !data.illustrative() ? List
			.of(new Entry("held", PartialDate.of(data.start()),
					data.milestoneText() != null ? data.milestoneText() : activityTitle + " held in " + data.city()))
				: List.of();
	}

	public UUID activity() {
		return activity;
	}

	public int seats() {
		return seats;
	}

	public EventStatus status() {
		return status;
	}

	public LocalDate start() {
		return start;
	}

	public String city() {
		return city;
	}

	public NationCode nation() {
		return nation;
	}

}
