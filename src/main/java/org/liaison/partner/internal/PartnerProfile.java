package org.liaison.partner.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.ProfileData;
import org.liaison.shared.Texts;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;
import org.liaison.shared.VersionedAggregate;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A nation's standing as a partner: one profile per nation, whose public summary opens
 * its page.
 */
@Table("partner_profile")
public class PartnerProfile extends VersionedAggregate<PartnerProfile> {

	private final NationCode nation;

	private String summary;

	private @Nullable String policy;

	private boolean aspirant;

	private Releasability releasability;

	private Instant updatedAt;

	PartnerProfile(UUID id, NationCode nation) {
		super(id);
		this.nation = nation;
	}

	public static PartnerProfile create(NationCode nation, ProfileData data, Instant at) {
		PartnerProfile profile = new PartnerProfile(UUID.randomUUID(), nation);
		profile.revise(data, at);
		return profile;
	}

	public void revise(ProfileData data, Instant at) {
		this.summary = data.summary().strip();
		this.policy = Texts.clean(data.policy());
		this.aspirant = data.aspirant();
		this.releasability = data.releasability();
		this.updatedAt = at;
	}

	/**
	 * Whether the profile already says what the data says, once the data is written as
	 * the profile would write it: an import that finds so writes nothing.
	 */
	public boolean holds(ProfileData data) {
		return toData().equals(create(nation, data, updatedAt).toData());
	}

	ProfileData toData() {
		return new ProfileData(summary, policy, aspirant, releasability);
	}

	public NationCode nation() {
		return nation;
	}

}
