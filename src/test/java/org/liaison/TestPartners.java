package org.liaison;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The partners tests write to. The database is shared by every test class, so a partner
 * is made unless an earlier test made it (the second attempt is refused, harmlessly);
 * each class keeps to nations of its own, and none writes public records to Serbia, whose
 * demo page must stay as the seed page tells it.
 */
public final class TestPartners {

	private TestPartners() {
	}

	/**
	 * Makes the nation a partner with a public profile, as NATO staff would, unless it is
	 * one already.
	 */
	public static void ensure(MockMvcTester mvc, String nation) {
		mvc.post().uri("/api/v1/partners").with(TestUsers.nato()).contentType(MediaType.APPLICATION_JSON).content("""
				{"nation": "%s", "profile": {"summary": "A partner.", "aspirant": false, "releasability": "PUBLIC"}}
				""".formatted(nation)).exchange();
	}

}
