package org.liaison.agreement;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
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
 * Types of agreement are reference data that administrators keep through the API: a type
 * the list lacks is added, named in English and French, and used by a record at once,
 * with no migration.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementTypeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AgreementService agreements;

	private MvcTestResult post(String uri, String json, RequestPostProcessor user) {
		return mvc.post().uri(uri).with(user).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private MvcTestResult put(String uri, long version, String json) {
		return mvc.put()
			.uri(uri)
			.with(TestUsers.admin())
			.header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private static String code() {
		return "STATUS_OF_FORCES_" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
	}

	@Test
	void anAdministratorAddsATypeThatARecordUsesAtOnceAndAFrenchPageNamesIt() throws Exception {
		String code = code();
		MvcTestResult added = post("/api/v1/agreement-types", """
				{"code": "%s", "name": "Status of forces agreement", "nameFr": "Accord sur le statut des forces"}
				""".formatted(code), TestUsers.admin());
		TestPartners.ensure(mvc, "NZL");
		MvcTestResult recorded = post("/api/v1/partners/NZL/agreements", """
				{"type": "%s", "title": "NZL SOFA (illustrative)", "status": "DRAFT",
				 "parties": [{"name": "NATO"}, {"name": "New Zealand", "nation": "NZL"}], "releasability": "PUBLIC"}
				""".formatted(code), TestUsers.nato());

		assertThat(added).hasStatus(201);
		assertThat(added.getResponse().getHeader("Location")).isEqualTo("/api/v1/agreement-types/" + code);
		assertThat(added.getResponse().getHeader("ETag")).isEqualTo("\"0\"");
		assertThat(recorded).hasStatus(201);
		String id = recorded.getResponse().getHeader("Location").replace("/api/v1/agreements/", "");
		assertThat(mvc.get().uri("/agreements/" + id + "?lang=fr").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Accord sur le statut des forces")
			.doesNotContain("Status of forces agreement");
		assertThat(mvc.get().uri("/agreements/" + id).with(TestUsers.nato())).bodyText()
			.contains("Status of forces agreement");
	}

	@Test
	void theTypesOfTodayKeepTheirNamesAndGainFrenchOnes() {
		assertThat(agreements.type("IPAP").name()).isEqualTo("Individual Partnership Action Plan");
		assertThat(agreements.type("IPAP").nameFr()).isEqualTo("Plan d'action individuel pour le Partenariat");
		assertThat(agreements.type("CHARTER").nameFr()).isEqualTo("Charte");
	}

	@Test
	void anAdministratorRenamesATypeAndAStaleRenameIsRefused() {
		String code = code();
		post("/api/v1/agreement-types", """
				{"code": "%s", "name": "Status of forces", "nameFr": "Statut des forces"}
				""".formatted(code), TestUsers.admin());

		MvcTestResult renamed = put("/api/v1/agreement-types/" + code, 0, """
				{"code": "%s", "name": "Status of forces agreement", "nameFr": "Accord sur le statut des forces"}
				""".formatted(code));
		MvcTestResult stale = put("/api/v1/agreement-types/" + code, 0, """
				{"code": "%s", "name": "SOFA", "nameFr": "SOFA"}
				""".formatted(code));

		assertThat(renamed).hasStatusOk();
		assertThat(renamed.getResponse().getHeader("ETag")).isEqualTo("\"1\"");
		assertThat(stale).hasStatus(409);
		assertThat(agreements.type(code).nameFr()).isEqualTo("Accord sur le statut des forces");
	}

	@Test
	void badInputIsRefusedNamingEachFieldAndChangesNothing() throws Exception {
		MvcTestResult refused = post("/api/v1/agreement-types", """
				{"code": "sofa", "name": "", "nameFr": ""}
				""", TestUsers.admin());
		MvcTestResult taken = post("/api/v1/agreement-types", """
				{"code": "IPAP", "name": "Another IPAP", "nameFr": "Un autre"}
				""", TestUsers.admin());
		MvcTestResult recode = put("/api/v1/agreement-types/IPAP", agreements.type("IPAP").version(), """
				{"code": "IPAP2", "name": "Individual Partnership Action Plan", "nameFr": "Plan"}
				""");

		assertThat(refused).hasStatus(400);
		assertThat(refused).bodyJson().extractingPath("$.errors[*].field").asArray().contains("code", "name", "nameFr");
		assertThat(refused.getResponse().getContentAsString()).contains("upper-case letters");
		assertThat(taken).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("code");
		assertThat(recode).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("code");
		assertThat(agreements.type("IPAP").name()).isEqualTo("Individual Partnership Action Plan");
	}

	@Test
	void onlyAnAdministratorKeepsTheList() {
		assertThat(post("/api/v1/agreement-types", """
				{"code": "%s", "name": "Not kept by staff", "nameFr": "Non"}
				""".formatted(code()), TestUsers.nato())).hasStatus(403);
		assertThat(mvc.get().uri("/api/v1/agreement-types")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].code")
			.asArray()
			.contains("IPAP", "TRANSIT", "MILITARY_TECHNICAL", "OTHER", "CHARTER");
	}

}
