package org.liaison.plan;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
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
 * Types of plan are reference data that administrators keep through the API: a type the
 * list lacks is added with its names in English and French and the levels of its tree,
 * and a plan of it is recorded at once, with no migration; how deep the plan's tree may
 * go follows from the type's levels.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanTypeTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlanService plans;

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
		return "DRP" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
	}

	@Test
	void anAdministratorAddsATypeThatAPlanUsesAtOnceAndAFrenchPageNamesIt() throws Exception {
		String code = code();
		MvcTestResult added = post("/api/v1/plan-types", """
				{"code": "%s", "name": "Defence reform plan", "nameFr": "Plan de réforme de la défense",
				 "levels": ["area", "measure"]}
				""".formatted(code), TestUsers.admin());
		TestPartners.ensure(mvc, "KOR");
		MvcTestResult recorded = post("/api/v1/partners/KOR/plans", """
				{"ref": "%s-1", "type": "%s", "title": "Defence reform plan (illustrative)", "periodFrom": "2020",
				 "periodTo": "2022", "releasability": "PARTNER"}
				""".formatted(code.toLowerCase(), code), TestUsers.nato());
		assertThat(recorded).hasStatus(201);
		String id = JsonPath.read(recorded.getResponse().getContentAsString(), "$.id");
		MvcTestResult area = post("/api/v1/plans/" + id + "/nodes", """
				{"code": "A1", "title": "Personnel"}""", TestUsers.nato());
		MvcTestResult measure = post("/api/v1/plans/" + id + "/nodes", """
				{"code": "M1", "parent": "A1", "title": "A new career system"}""", TestUsers.nato());
		MvcTestResult tooDeep = post("/api/v1/plans/" + id + "/nodes", """
				{"code": "X1", "parent": "M1", "title": "Below the type's levels"}""", TestUsers.nato());

		assertThat(added).hasStatus(201);
		assertThat(added.getResponse().getHeader("Location")).isEqualTo("/api/v1/plan-types/" + code);
		assertThat(area).hasStatus(201);
		assertThat(measure).hasStatus(201);
		assertThat(tooDeep).hasStatus(400);
		assertThat(mvc.get().uri("/plans/" + id + "?lang=fr").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Plan de réforme de la défense");
		assertThat(mvc.get().uri("/plans/" + id).with(TestUsers.nato())).bodyText().contains("Defence reform plan");
	}

	@Test
	void todaysTypesGainFrenchNamesAndTheAnnualNationalProgrammeIsInTheList() {
		assertThat(plans.type("IPAP").nameFr()).isEqualTo("Plan d'action individuel pour le Partenariat");
		assertThat(plans.type("ANP").name()).isEqualTo("Annual National Programme");
		assertThat(plans.type("ANP").levels()).containsExactly("chapter", "objective", "action");
	}

	@Test
	void anAdministratorRenamesATypeButNeverDropsItsLevelsAndAStaleRenameIsRefused() throws Exception {
		String code = code();
		post("/api/v1/plan-types", """
				{"code": "%s", "name": "Reform plan", "nameFr": "Plan de réforme", "levels": ["area", "measure"]}
				""".formatted(code), TestUsers.admin());

		MvcTestResult dropped = put("/api/v1/plan-types/" + code, 0, """
				{"code": "%s", "name": "Reform plan", "nameFr": "Plan de réforme", "levels": ["area"]}
				""".formatted(code));
		MvcTestResult renamed = put("/api/v1/plan-types/" + code, 0, """
				{"code": "%s", "name": "Defence reform plan", "nameFr": "Plan de réforme de la défense",
				 "levels": ["area of reform", "measure", "step"]}
				""".formatted(code));
		MvcTestResult stale = put("/api/v1/plan-types/" + code, 0, """
				{"code": "%s", "name": "Old", "nameFr": "Vieux", "levels": ["a", "b", "c"]}
				""".formatted(code));

		assertThat(dropped).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("levels");
		assertThat(renamed).hasStatusOk();
		assertThat(stale).hasStatus(409);
		assertThat(plans.type(code).levels()).containsExactly("area of reform", "measure", "step");
		assertThat(plans.type(code).nameFr()).isEqualTo("Plan de réforme de la défense");
	}

	@Test
	void badInputIsRefusedNamingEachFieldAndOnlyAnAdministratorKeepsTheList() {
		MvcTestResult refused = post("/api/v1/plan-types", """
				{"code": "anp", "name": "", "nameFr": "", "levels": []}
				""", TestUsers.admin());

		assertThat(refused).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("code", "name", "nameFr", "levels");
		assertThat(post("/api/v1/plan-types", """
				{"code": "%s", "name": "Staff's", "nameFr": "Du personnel", "levels": ["a"]}
				""".formatted(code()), TestUsers.nato())).hasStatus(403);
	}

}
