package org.liaison.directory;

import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestCodes;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kinds of organisation role are reference data that administrators keep through the API:
 * a kind the list lacks is added with its names in English and French and used by a role
 * at once, with no migration; the rules a contact point embassy follows (an embassy, one
 * at a time) are attributes that any kind may carry. The Korean and Japanese roles here
 * are illustrative.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoleKindTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RoleKindService kinds;

	private MvcTestResult post(String uri, String json, RequestPostProcessor user) {
		return mvc.post().uri(uri).with(user).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private static String unique() {
		return TestCodes.lowerLetters(6);
	}

	private String organisation(String kind) {
		String ref = "role-kind-" + unique();
		assertThat(post("/api/v1/organisations", """
				{"ref": "%s", "name": "Organisation %s (illustrative)", "kind": "%s", "releasability": "PUBLIC"}
				""".formatted(ref, ref, kind), TestUsers.nato())).hasStatus(201);
		return ref;
	}

	private MvcTestResult role(String partner, String organisation, String kind, String from, String until) {
		TestPartners.ensure(mvc, partner);
		return post("/api/v1/partners/" + partner + "/roles", """
				{"organisationRef": "%s", "kind": "%s", "from": "%s", "until": %s, "releasability": "PUBLIC"}
				""".formatted(organisation, kind, from, until == null ? "null" : "\"" + until + "\""),
				TestUsers.nato());
	}

	@Test
	void anAdministratorAddsAKindThatARoleUsesAtOnceAndAFrenchPageNamesIt() {
		String code = "DEFENCE_ATTACHE_" + unique().toUpperCase();
		MvcTestResult added = post("/api/v1/role-kinds", """
				{"code": "%s", "name": "Defence attaché office", "nameFr": "Bureau de l'attaché de défense",
				 "oneAtATime": false, "milestoneKind": "opened", "milestoneText": "{organisation} opens."}
				""".formatted(code), TestUsers.admin());

		MvcTestResult recorded = role("KOR", organisation("MINISTRY"), code, "2012", null);

		assertThat(added).hasStatus(201);
		assertThat(added.getResponse().getHeader("Location")).isEqualTo("/api/v1/role-kinds/" + code);
		assertThat(recorded).hasStatus(201);
		assertThat(mvc.get().uri("/partners/KOR/roles?lang=fr").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Bureau de l'attaché de défense");
		assertThat(mvc.get().uri("/partners/KOR/roles").with(TestUsers.nato())).bodyText()
			.contains("Defence attaché office");
	}

	@Test
	void aNewKindHeldOneAtATimeByAnEmbassyFollowsTheRulesOfAContactPointEmbassy() {
		String code = "COORDINATING_EMBASSY_" + unique().toUpperCase();
		post("/api/v1/role-kinds", """
				{"code": "%s", "name": "Coordinating embassy", "nameFr": "Ambassade coordinatrice",
				 "requiredOrganisationKind": "EMBASSY", "oneAtATime": true, "milestoneKind": "appointed",
				 "milestoneText": "{organisation} becomes the coordinating embassy."}
				""".formatted(code), TestUsers.admin());
		String first = organisation("EMBASSY");
		String second = organisation("EMBASSY");

		assertThat(role("JPN", first, code, "2018-07", "2020-06")).hasStatus(201);
		MvcTestResult overlapping = role("JPN", second, code, "2020-01", "2021-12");
		MvcTestResult ministry = role("JPN", organisation("MINISTRY"), code, "2022", null);

		assertThat(overlapping).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("from");
		assertThat(ministry).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("must be an embassy");
		assertThat(role("JPN", second, code, "2020-07", "2022-06")).hasStatus(201);
	}

	@Test
	void todaysKindsAndThePartnersOwnOfficesAreInTheListWithFrenchNames() {
		assertThat(kinds.kind("CONTACT_POINT_EMBASSY").oneAtATime()).isTrue();
		assertThat(kinds.kind("CONTACT_POINT_EMBASSY").requiredOrganisationKind()).isEqualTo(OrganisationKind.EMBASSY);
		assertThat(kinds.kind("LIAISON_OFFICE").nameFr()).isEqualTo("Bureau de liaison");
		assertThat(kinds.kind("PARTNER_MISSION").name()).isEqualTo("Partner's mission to NATO");
		assertThat(kinds.kind("PARTNER_LIAISON_AT_SHAPE").nameFr())
			.isEqualTo("Bureau de liaison du partenaire au SHAPE");
	}

	@Test
	void badInputNamesEachFieldAStaleRevisionIsRefusedAndOnlyAnAdministratorKeepsTheList() {
		String code = "HOST_" + unique().toUpperCase();
		post("/api/v1/role-kinds", """
				{"code": "%s", "name": "Host", "nameFr": "Hôte", "oneAtATime": false, "milestoneKind": "started",
				 "milestoneText": "{organisation} hosts."}""".formatted(code), TestUsers.admin());
		String revised = """
				{"code": "%s", "name": "Host nation office", "nameFr": "Bureau de la nation hôte", "oneAtATime": false,
				 "milestoneKind": "started", "milestoneText": "{organisation} hosts."}""".formatted(code);

		assertThat(mvc.put()
			.uri("/api/v1/role-kinds/" + code)
			.with(TestUsers.admin())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(revised)).hasStatusOk();
		assertThat(mvc.put()
			.uri("/api/v1/role-kinds/" + code)
			.with(TestUsers.admin())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(revised)).hasStatus(409);
		assertThat(post("/api/v1/role-kinds", """
				{"code": "x", "name": "", "nameFr": "", "milestoneKind": "Two Words", "milestoneText": ""}
				""", TestUsers.admin())).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("code", "name", "nameFr", "milestoneKind", "milestoneText");
		assertThat(post("/api/v1/role-kinds", revised.replace(code, code + "_B"), TestUsers.nato())).hasStatus(403);
		assertThat(kinds.kind(code).nameFr()).isEqualTo("Bureau de la nation hôte");
	}

}
