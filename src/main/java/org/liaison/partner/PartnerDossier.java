package org.liaison.partner;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.liaison.partner.internal.Membership;
import org.liaison.partner.internal.MembershipRepository;
import org.liaison.partner.internal.Narrative;
import org.liaison.partner.internal.NarrativeRepository;
import org.liaison.partner.internal.PartnerProfile;
import org.liaison.partner.internal.PartnerProfileRepository;
import org.liaison.partner.internal.PartnerQueries;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner module's part of a partnership dossier: the import that makes the partner's
 * profile, memberships and narratives say what a dossier says (the reads a dossier takes
 * out are {@link PartnerService}'s own). An import upserts by natural key and keeps the
 * dossier's time of last change; a record that already holds the same data is not written
 * at all, so importing twice changes nothing.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PartnerDossier {

	private final PartnerService partners;

	private final PartnerProfileRepository profiles;

	private final MembershipRepository memberships;

	private final NarrativeRepository narratives;

	private final PartnerQueries queries;

	/**
	 * The earlier versions of the profile's texts, which a dossier carries beside the
	 * latest, as the reader may see them.
	 */
	public List<ProfileVersionData> earlierProfileVersions(NationCode nation, Audience audience) {
		return queries.earlierProfileVersions(nation, audience);
	}

	/** The earlier versions of the partner's narratives, by narrative. */
	public Map<UUID, List<NarrativeVersionData>> earlierNarrativeVersions(NationCode partner, Audience audience) {
		return queries.earlierNarrativeVersions(partner, audience);
	}

	/**
	 * Makes the profile say what the dossier says: its latest texts and, in their places,
	 * the earlier versions it carries.
	 * @return whether anything was written
	 */
	@Transactional
	public boolean importPartner(NationCode nation, ProfileData data, List<ProfileVersionData> earlier,
			Instant updatedAt) {
		var existing = profiles.findByNation(nation);
		if (existing.isEmpty()) {
			partners.createPartner(nation, data);
			PartnerProfile created = profiles.findByNation(nation).orElseThrow();
			created.restate(data, earlier, updatedAt);
			profiles.save(created);
			return true;
		}
		if (existing.get().holds(data, earlier)) {
			return false;
		}
		existing.get().restate(data, earlier, updatedAt);
		profiles.save(existing.get());
		return true;
	}

	/**
	 * @return whether anything was written
	 */
	@Transactional
	public boolean importMembership(NationCode partner, MembershipData data, Instant updatedAt) {
		String frameworkName = partners.frameworkName(data.framework());
		String partnerName = partners.nation(partner).name();
		return memberships.importInto(memberships.findByPartnerAndRef(partner, data.refOrDefault()),
				membership -> membership.holds(data),
				() -> Membership.start(partner, data, partnerName, frameworkName, updatedAt),
				membership -> membership.revise(data, partnerName, frameworkName, updatedAt));
	}

	/**
	 * @return whether anything was written
	 */
	@Transactional
	public boolean importNarrative(NationCode partner, NarrativeData data, List<NarrativeVersionData> earlier,
			Instant updatedAt) {
		return narratives.importInto(narratives.findByPartnerAndRef(partner, data.ref()),
				narrative -> narrative.holds(data, earlier),
				() -> Narrative.restated(partner, data, earlier, updatedAt),
				narrative -> narrative.restate(data, earlier, updatedAt));
	}

}
