package org.liaison.timeline.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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

	Milestone(UUID id, NationCode partner, String ref, PartialDate date, String text, Releasability releasability,
			Instant updatedAt, @Nullable Long version) {
		super(id, partner, version);
		this.ref = ref;
		this.date = date;
		this.text = text;
		this.releasability = releasability;
		this.updatedAt = updatedAt;
	}

	public static Milestone write(NationCode partner, MilestoneData data, Instant at) {
		return new Milestone(UUID.randomUUID(), partner, data.refOrDefault(), data.date(), data.text().strip(),
				data.releasability(), at, null);
	}

	public void revise(MilestoneData data, Instant at) {
		this.ref = data.refOrDefault();
		this.date = data.date();
		this.text = data.text().strip();
		this.releasability = data.releasability();
		this.updatedAt = at;
	}

	/**
	 * Whether the milestone already says what the data says, once the data is written as
	 * the milestone would write it: an import that finds so writes nothing.
	 */
	public boolean holds(MilestoneData data) {
		return toData().equals(write(partner(), data, updatedAt).toData());
	}

	MilestoneData toData() {
		return new MilestoneData(ref, date, text, releasability);
	}

}
