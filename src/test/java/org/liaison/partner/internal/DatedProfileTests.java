package org.liaison.partner.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.liaison.partner.ProfileData;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.NationCode;
import org.liaison.shared.RecordNotFoundException;
import org.liaison.shared.Releasability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A profile keeps a version for each day its texts took effect from, and reads as its
 * latest.
 */
class DatedProfileTests {

	private static final Instant WRITTEN_2015 = Instant.parse("2015-02-11T09:46:00Z");

	private static final Instant WRITTEN_LATER = Instant.parse("2026-12-03T12:00:00Z");

	private static ProfileData summary(String text, LocalDate effectiveFrom) {
		return new ProfileData(text, null, false, Releasability.PUBLIC, effectiveFrom);
	}

	private final PartnerProfile profile = PartnerProfile.create(new NationCode("MDA"),
			new ProfileData("The summary of 2015.", null, false, Releasability.PUBLIC), WRITTEN_2015);

	@Test
	void aRevisionWithAnEffectiveDateAddsAVersionAndTheProfileReadsAsTheLatest() {
		profile.revise(summary("The summary of 2022.", LocalDate.of(2022, 3, 1)), WRITTEN_LATER);

		assertThat(profile.toData().summary()).isEqualTo("The summary of 2022.");
		List<ProfileVersion> versions = List.copyOf(versions());
		assertThat(DatedVersions.on(versions, LocalDate.of(2017, 12, 11))).get()
			.extracting(ProfileVersion::summary)
			.isEqualTo("The summary of 2015.");
		assertThat(DatedVersions.on(versions, LocalDate.of(2022, 3, 1))).get()
			.extracting(ProfileVersion::summary)
			.isEqualTo("The summary of 2022.");
	}

	@Test
	void aRevisionWithoutADateRewritesTheLatestVersionAsRevisionsAlwaysDid() {
		profile.revise(summary("The summary of 2022.", LocalDate.of(2022, 3, 1)), WRITTEN_LATER);
		profile.revise(new ProfileData("The summary of 2022, corrected.", null, false, Releasability.PUBLIC),
				WRITTEN_LATER);

		assertThat(versions()).extracting(ProfileVersion::summary)
			.containsExactlyInAnyOrder("The summary of 2015.", "The summary of 2022, corrected.");
	}

	@Test
	void removingALaterVersionGivesBackTheEarlierTextAndItsTimeOfWriting() {
		profile.revise(summary("The summary of 2022.", LocalDate.of(2022, 3, 1)), WRITTEN_LATER);
		profile.removeVersion(LocalDate.of(2022, 3, 1));

		assertThat(profile.toData().summary()).isEqualTo("The summary of 2015.");
		assertThat(profile.holds(new ProfileData("The summary of 2015.", null, false, Releasability.PUBLIC))).isTrue();
		assertThat(versions()).extracting(ProfileVersion::updatedAt).containsExactly(WRITTEN_2015);
	}

	@Test
	void theOnlyVersionOrAnUnknownOneCannotBeRemoved() {
		assertThatThrownBy(() -> profile.removeVersion(LocalDate.of(2030, 1, 1)))
			.isInstanceOf(RecordNotFoundException.class);
		PartnerProfile dated = PartnerProfile.create(new NationCode("BIH"),
				summary("The summary of 2015.", LocalDate.of(2015, 1, 1)), WRITTEN_2015);
		assertThatThrownBy(() -> dated.removeVersion(LocalDate.of(2015, 1, 1)))
			.isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("only version");
		assertThat(dated.toData().summary()).isEqualTo("The summary of 2015.");
	}

	private Set<ProfileVersion> versions() {
		return profile.versions();
	}

}
