package org.liaison.partner;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nations and frameworks are reference data that administrators keep through the API,
 * with no migration: a framework the list lacks, a nation's French name, the date a
 * partner became an Ally. A partnership may be kept for any nation of the list, also one
 * that is an Ally now.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReferenceDataTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PartnerService partners;

	MvcTestResult post(String uri, String json,
			org.springframework.test.web.servlet.request.RequestPostProcessor user) {
		return mvc.post().uri(uri).with(user).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	@Test
	void anAdministratorAddsAFrameworkTheListLacks() throws Exception {
		MvcTestResult added = post("/api/v1/frameworks", """
				{"code": "OCC", "name": "Operational Capabilities Concept",
				 "nameFr": "Concept de capacités opérationnelles", "kind": "PROGRAMME"}
				""", TestUsers.admin());

		assertThat(added).hasStatus(201);
		assertThat(added.getResponse().getHeader("Location")).isEqualTo("/api/v1/frameworks/OCC");
		assertThat(partners.frameworks()).extracting(FrameworkSummary::code)
			.contains("OCC", "PFP", "NACC", "MAP", "PII");
		assertThat(mvc.get().uri("/api/v1/frameworks/OCC").exchange().getResponse().getContentAsString())
			.contains("\"kind\":\"PROGRAMME\"")
			.contains("Concept de capacités opérationnelles");
	}

	@Test
	void onlyAnAdministratorKeepsTheLists() {
		assertThat(post("/api/v1/frameworks", """
				{"code": "NOPE", "name": "Not kept by staff", "nameFr": "Non", "kind": "PROGRAMME"}
				""", TestUsers.nato())).hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/nations")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"BRA\", \"name\": \"Brazil\", \"nameFr\": \"Brésil\"}")
			.exchange()).hasStatus(401);
	}

	@Test
	void aKindOutsideTheListIsRefusedNamingTheKinds() throws Exception {
		MvcTestResult refused = post("/api/v1/frameworks", """
				{"code": "ODD", "name": "Odd", "nameFr": "Bizarre", "kind": "CLUB"}
				""", TestUsers.admin());

		assertThat(refused).hasStatus(400);
		assertThat(refused.getResponse().getContentAsString())
			.contains("PARTNERSHIP_FRAMEWORK, PLANNING_PROCESS, PROGRAMME, INITIATIVE, OTHER");
	}

	@Test
	void anAdministratorCorrectsANationsFrenchNameAndAStaleCorrectionIsRefused() throws Exception {
		post("/api/v1/nations", """
				{"code": "BRA", "name": "Brazil", "nameFr": "Bresil", "articleFr": "le"}
				""", TestUsers.admin());
		NationSummary brazil = partners.nations()
			.stream()
			.filter(n -> n.code().value().equals("BRA"))
			.findFirst()
			.orElseThrow();

		MvcTestResult revised = mvc.put()
			.uri("/api/v1/nations/BRA")
			.with(TestUsers.admin())
			.header("If-Match", "\"" + brazil.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"BRA\", \"name\": \"Brazil\", \"nameFr\": \"Brésil\", \"articleFr\": \"le\"}")
			.exchange();
		MvcTestResult stale = mvc.put()
			.uri("/api/v1/nations/BRA")
			.with(TestUsers.admin())
			.header("If-Match", "\"" + brazil.version() + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"BRA\", \"name\": \"Brazil\", \"nameFr\": \"Bresil\", \"articleFr\": \"le\"}")
			.exchange();

		assertThat(revised).hasStatusOk();
		assertThat(stale).hasStatus(409);
		NationSummary now = partners.nation(NationCode.of("BRA"));
		assertThat(now.nameFrWithArticle()).isEqualTo("le Brésil");
		assertThat(now.name(Locale.FRENCH)).isEqualTo("Brésil");
	}

	@Test
	void aFrenchArticleOutsideTheListIsRefused() throws Exception {
		MvcTestResult refused = post("/api/v1/nations", """
				{"code": "ARG", "name": "Argentina", "nameFr": "Argentine", "articleFr": "une"}
				""", TestUsers.admin());

		assertThat(refused).hasStatus(400);
		assertThat(refused.getResponse().getContentAsString()).contains("articleFr").contains("le, la, l', les");
	}

	@Test
	void frenchNamesCarryTheirArticles() {
		assertThat(partners.nation(NationCode.of("SRB")).nameFrWithArticle()).isEqualTo("la Serbie");
		assertThat(partners.nation(NationCode.of("JPN")).nameFrWithArticle()).isEqualTo("le Japon");
		assertThat(partners.nation(NationCode.of("UKR")).nameFrWithArticle()).isEqualTo("l'Ukraine");
		assertThat(partners.nation(NationCode.of("MLT")).nameFrWithArticle()).isEqualTo("Malte");
	}

	@Test
	void aFormerPartnerThatIsNowAnAllyKeepsAPartnership() {
		NationSummary finland = partners.nation(NationCode.of("FIN"));
		assertThat(finland.allyOn(PartialDate.parse("2023-04-04").firstDay())).isTrue();
		assertThat(finland.allyOn(PartialDate.parse("2023-03-31").firstDay())).isFalse();

		MvcTestResult created = post("/api/v1/partners",
				"""
						{"nation": "FIN", "profile": {"summary": "Finland joined the Partnership for Peace in 1994 and NATO in 2023.",
						 "aspirant": false, "releasability": "PUBLIC"}}
						""",
				TestUsers.nato());

		assertThat(created).hasStatus(201);
		assertThat(mvc.get().uri("/api/v1/partners/FIN").exchange()).hasStatusOk();
	}

}
