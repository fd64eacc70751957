package org.liaison.publication.internal;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartnerRecord;
import org.liaison.shared.RecordWritten;
import org.liaison.timeline.MilestonesDerived;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterDeleteEvent;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.stereotype.Component;

/**
 * Hears every write that may change a public page, in the transaction that makes it:
 * every aggregate Spring Data saves or deletes, every record a module writes with its own
 * SQL ({@link RecordWritten}) and the milestones the timeline derives. A record of a
 * partner moves that partner's revision on; any other (a nation, an organisation, an
 * activity of the menu, a reference list, or a deleted aggregate no longer at hand) moves
 * the shared one, which every partner's page depends on. Releasability is not looked at:
 * a write of a record the public does not see moves the revision on too, which costs a
 * page's readers one full answer and never shows them a stale one.
 */
@Component
@RequiredArgsConstructor
class PublicRecordWrites {

	private final PublicRevisions revisions;

	@EventListener
	void saved(AfterSaveEvent<?> event) {
		revisions.written(partnerOf(event.getEntity()));
	}

	@EventListener
	void deleted(AfterDeleteEvent<?> event) {
		revisions.written(partnerOf(event.getEntity()));
	}

	@EventListener
	void written(RecordWritten written) {
		revisions.written(written.partner());
	}

	@EventListener
	void derived(MilestonesDerived derived) {
		revisions.written(derived.partner());
	}

	private static @Nullable NationCode partnerOf(@Nullable Object aggregate) {
		return aggregate instanceof PartnerRecord<?> record ? record.partner() : null;
	}

}
