package org.liaison.partner.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.partner.ProfileData;
import org.liaison.partner.ProfileVersionData;
import org.liaison.shared.Texts;
import org.liaison.shared.NationCode;
import org.liaison.shared.Releasability;
import org.liaison.shared.VersionedAggregate;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A nation's standing as a partner: one profile per nation, whose public summary opens
 * its page. Its texts keep dated versions; the columns hold the latest, which is what the
 * profile says today.
 */
@Table("partner_profile")
public class PartnerProfile extends VersionedAggregate<PartnerProfile> {

	private final NationCode nation;

	private String summary;

	private @Nullable String policy;

	private @Nullable Boolean aspirant;

	private Releasability releasability;

	private Instant updatedAt;

	private @Nullable LocalDate effectiveFrom;

	@MappedCollection(idColumn = "profile")
	private Set<ProfileVersion> versions = new HashSet<>();

	PartnerProfile(UUID id, NationCode nation) {
		super(id);
		this.nation = nation;
	}

	public static PartnerProfile create(NationCode nation, ProfileData data, Instant at) {
		PartnerProfile profile = new PartnerProfile(UUID.randomUUID(), nation);
		profile.revise(data, at);
		return profile;
	}

	/**
	 * Writes the data as the version effective from its date, or, without one, as a
	 * rewrite of the latest version.
	 */
	public void revise(ProfileData data, Instant at) {
		this.versions = DatedVersions.revised(versions, new ProfileVersion(data.effectiveFrom(), data.summary().strip(),
				Texts.clean(data.policy()), data.aspirant(), at));
		this.releasability = data.releasability();
		showLatest();
	}

	/**
	 * Writes the latest version the data gives and the earlier ones a dossier carries,
	 * each in the place of the one of its day; versions the dossier does not name stay.
	 */
	public void restate(ProfileData latest, List<ProfileVersionData> earlier, Instant at) {
		if (earlier.isEmpty()) {
			// As a revision: data without a day rewrites the latest version where it
			// stands.
			revise(latest, at);
			return;
		}
		DatedVersions.checkEarlier(latest.effectiveFrom(),
				earlier.stream().map(ProfileVersionData::effectiveFrom).toList());
		for (ProfileVersionData version : earlier) {
			versions = DatedVersions.placed(versions,
					new ProfileVersion(version.effectiveFrom(), version.summary().strip(),
							Texts.clean(version.policy()), version.aspirant(),
							Objects.requireNonNullElse(version.updatedAt(), at)));
		}
		versions = DatedVersions.placed(versions, new ProfileVersion(latest.effectiveFrom(), latest.summary().strip(),
				Texts.clean(latest.policy()), latest.aspirant(), at));
		this.releasability = latest.releasability();
		showLatest();
	}

	/**
	 * Whether the profile already holds the latest data and every earlier version, in
	 * their words: an import that finds so writes nothing.
	 */
	public boolean holds(ProfileData latest, List<ProfileVersionData> earlier) {
		if (!holds(latest)) {
			return false;
		}
		return earlier.stream()
			.allMatch(e -> versions.stream()
				.anyMatch(v -> Objects.equals(v.effectiveFrom(), e.effectiveFrom())
						&& v.summary().equals(e.summary().strip())
						&& Objects.equals(v.policy(), Texts.clean(e.policy()))
						&& Objects.equals(v.aspirant(), e.aspirant())));
	}

	/** Removes the version effective from a day; the only version stays. */
	public void removeVersion(LocalDate effectiveFrom) {
		this.versions = DatedVersions.without(versions, effectiveFrom, "profile");
		showLatest();
	}

	private void showLatest() {
		ProfileVersion latest = DatedVersions.latest(versions);
		this.summary = latest.summary();
		this.policy = latest.policy();
		this.aspirant = latest.aspirant();
		this.effectiveFrom = latest.effectiveFrom();
		this.updatedAt = DatedVersions.updatedAt(versions);
	}

	/**
	 * Whether the profile already says what the data says, once the data is written as
	 * the profile would write it: an import that finds so writes nothing.
	 */
	public boolean holds(ProfileData data) {
		// Data without a day rewrites the latest version where it stands, so holds its
		// day.
		return toData().equals(create(nation, data, updatedAt).toData())
				&& (data.effectiveFrom() == null || data.effectiveFrom().equals(effectiveFrom));
	}

	ProfileData toData() {
		return new ProfileData(summary, policy, aspirant, releasability);
	}

	public boolean hasVersionFrom(LocalDate effectiveFrom) {
		return versions.stream().anyMatch(v -> effectiveFrom.equals(v.effectiveFrom()));
	}

	/** Its versions, earliest or latest in no order. */
	Set<ProfileVersion> versions() {
		return Set.copyOf(versions);
	}

	public NationCode nation() {
		return nation;
	}

}
