package org.liaison.timeline.internal;

import java.time.Instant;
import java.util.UUID;

import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.timeline.MilestoneData;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A milestone written by hand. Derived milestones share its table but are kept by
 * {@link DerivedMilestones} and never loaded as this aggregate.
 */
@Table("timeline_milestone")
public class Milestone extends PartnerRecord<Milestone> {

	private String ref;

	private PartialDate date;

	private String text;

	private Releasability releasability;

	private Instant updatedAt;

	Milestone(UUID id, NationCode partner) {
		super(id, partner);
	}

	public static Milestone write(NationCode partner, MilestoneData data, Instant at) {
		Milestone milestone = new Milestone(UUID.randomUUID(), partner);
		milestone.revise(data, at);
		return milestone;
	}

	public void revise(MilestoneData data, Instant at) {
		this.ref = data.refOrDefault();
		this.date = data.date();
		this.text = data.text().strip();
		this.releasability = data.releasability();
		this.updatedAt = at;
	}

	MilestoneData toData() {
		return new MilestoneData(ref, date, text, releasability);
	}

}
