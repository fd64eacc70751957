package org.liaison.partner.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.ProfileData;
import org.liaison.shared.Texts;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;
import org.liaison.shared.Versioned;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A nation's standing as a partner: one profile per nation, whose public summary opens
 * its page.
 */
@Table("partner_profile")
public class PartnerProfile implements Versioned {

	@Id
	private final UUID id;

	private final NationCode nation;

	private String summary;

	private @Nullable String policy;

	private boolean aspirant;

	private Releasability releasability;

	private Instant updatedAt;

	@Version
	private @Nullable Long version;

	PartnerProfile(UUID id, NationCode nation, String summary, @Nullable String policy, boolean aspirant,
			Releasability releasability, Instant updatedAt, @Nullable Long version) {
		this.id = id;
		this.nation = nation;
		this.summary = summary;
		this.policy = policy;
		this.aspirant = aspirant;
		this.releasability = releasability;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	public static PartnerProfile create(NationCode nation, ProfileData data, Instant at) {
		return new PartnerProfile(UUID.randomUUID(), nation, data.summary().strip(), Texts.clean(data.policy()),
				data.aspirant(), data.releasability(), at, null);
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

	public UUID id() {
		return id;
	}

	public NationCode nation() {
		return nation;
	}

	@Override
	public long version() {
		return version == null ? 0 : version;
	}

}
