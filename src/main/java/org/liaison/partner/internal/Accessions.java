package org.liaison.partner.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.liaison.partner.AccessionRecorded;
import org.liaison.partner.NationSummary;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.Releasability;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Gives a partner's timeline the accession of its nation, from the date the nations list
 * keeps: a fact of reference data, not of any record of the partnership, so it follows
 * the nation (its version orders the timeline's updates) and is public.
 */
@Component
public class Accessions {

	private final PartnerProfileRepository profiles;

	private final ApplicationEventPublisher events;

	private final String organisationName;

	Accessions(PartnerProfileRepository profiles, ApplicationEventPublisher events,
			@Value("${liaison.organisation-name:NATO}") String organisationName) {
		this.profiles = profiles;
		this.events = events;
		this.organisationName = organisationName;
	}

	/**
	 * Publishes the nation's accession as its partner's milestone, or its removal when
	 * the nation has none; nothing when the nation is no partner.
	 */
	public void recordFor(NationSummary nation) {
		if (profiles.findByNation(nation.code()).isEmpty()) {
			return;
		}
		List<Entry> entries = nation.natoMemberSince() == null ? List.of() : List.of(new Entry("acceded",
				nation.natoMemberSince(), nation.name() + " becomes a member of " + organisationName + "."));
		UUID source = UUID.nameUUIDFromBytes(("accession " + nation.code()).getBytes(StandardCharsets.UTF_8));
		events.publishEvent(new AccessionRecorded(new MilestoneFacts("accession", source, nation.version(),
				nation.code(), Releasability.PUBLIC, entries)));
	}

}
