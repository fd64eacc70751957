package org.liaison.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AudienceTests {

	private static final NationCode SERBIA = NationCode.of("SRB");

	private static final NationCode GEORGIA = NationCode.of("GEO");

	@Test
	void thePublicSeesPublicRecordsOnly() {
		assertThat(Audience.ANONYMOUS.sees(SERBIA, Releasability.PUBLIC)).isTrue();
		assertThat(Audience.ANONYMOUS.sees(SERBIA, Releasability.PARTNER)).isFalse();
		assertThat(Audience.ANONYMOUS.sees(SERBIA, Releasability.NATO)).isFalse();
		assertThat(Audience.ANONYMOUS.sqlCondition("p", "r")).isEqualTo("(r = 'PUBLIC')");
	}

	@Test
	void aPartnerSeesItsOwnPartnerRecordsButNeverAnotherPartnersNorNatoRecords() {
		Audience serbia = Audience.partner(SERBIA);
		assertThat(serbia.sees(SERBIA, Releasability.PARTNER)).isTrue();
		assertThat(serbia.sees(GEORGIA, Releasability.PARTNER)).isFalse();
		assertThat(serbia.sees(SERBIA, Releasability.NATO)).isFalse();
		assertThat(serbia.sqlParameters()).containsEntry("audienceNation", "SRB");
	}

	@Test
	void theAllianceSeesEverything() {
		assertThat(Audience.alliance().sees(GEORGIA, Releasability.NATO)).isTrue();
	}

	@Test
	void nationCodesAreReadInAnyCase() {
		assertThat(NationCode.of(" srb ")).isEqualTo(SERBIA);
		assertThat(NationCode.isValid("SR")).isFalse();
	}

	@Test
	void refsAreMadeFromTitles() {
		assertThat(Refs.from("Individual Partnership Action Plan (2015)"))
			.isEqualTo("individual-partnership-action-plan-2015");
		assertThat(Refs.from("Vučić – Munich")).isEqualTo("vucic-munich");
		assertThat(Refs.isValid(Refs.from("x".repeat(100)))).isTrue();
	}

}
