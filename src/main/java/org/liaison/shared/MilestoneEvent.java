package org.liaison.shared;

import java.util.List;
import java.util.UUID;

/**
 * An event of a record from which the timeline derives milestones (an agreement submitted
 * or agreed, an office established, a membership started, a body established). Every such
 * event carries the whole current set of milestones its record stands for, so the
 * timeline can replace what it holds for that record: a milestone is recorded once,
 * follows every edit, and goes with the record. The source version lets the timeline
 * ignore an event that arrives after a newer one.
 */
public interface MilestoneEvent {

	MilestoneFacts facts();

	/**
	 * The milestones one record stands for at one version.
	 *
	 * @param sourceType the kind of record, such as {@code agreement}
	 * @param sourceId the record's id
	 * @param sourceVersion the record's version when the event was published
	 * @param partner the partner the record belongs to
	 * @param releasability who may read the record, and so its milestones
	 * @param entries the milestones, in the order the timeline shows those of one date;
	 * empty when the record was deleted or has none
	 */
	record MilestoneFacts(String sourceType, UUID sourceId, long sourceVersion, NationCode partner,
			Releasability releasability, List<Entry> entries) {

		public MilestoneFacts {
			entries = List.copyOf(entries);
		}

		public static MilestoneFacts removed(String sourceType, UUID sourceId, long sourceVersion, NationCode partner) {
			return new MilestoneFacts(sourceType, sourceId, sourceVersion, partner, Releasability.NATO, List.of());
		}

	}

	/**
	 * One milestone: what kind of moment it is for its record ({@code agreed},
	 * {@code established}), when, and what the timeline says.
	 */
	record Entry(String kind, PartialDate date, String text) {
	}

}
