package org.liaison.dialogue;

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
 * Kinds of statement are reference data that administrators keep through the API: a kind
 * the list lacks is added with its names in English and French and used by a statement at
 * once, with no migration; what a meeting needs (the people who met) is a flag of its
 * kind, which a new kind may carry too.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatementKindTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StatementKindService kinds;

	private MvcTestResult post(String uri, String json, RequestPostProcessor user) {
		return mvc.post().uri(uri).with(user).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	private static String code() {
		return "INTERVIEW_" + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
	}

	private MvcTestResult statement(String kind, String speaker, String title) {
		TestPartners.ensure(mvc, "JPN");
		return post("/api/v1/partners/JPN/statements", """
				{"kind": "%s", "title": "%s", "speaker": "%s", "date": "2023-07",
				 "summary": "An illustrative statement.", "releasability": "PUBLIC"}
				""".formatted(kind, title, speaker), TestUsers.nato());
	}

	@Test
	void anAdministratorAddsAKindThatAStatementUsesAtOnceAndAFrenchPageNamesIt() {
		String code = code();
		MvcTestResult added = post("/api/v1/statement-kinds", """
				{"code": "%s", "name": "Interview", "nameFr": "Entretien", "namesParticipants": false}
				""".formatted(code), TestUsers.admin());
		MvcTestResult recorded = statement(code, "", "Interview of the Prime Minister (illustrative) " + code);

		assertThat(added).hasStatus(201);
		assertThat(added.getResponse().getHeader("Location")).isEqualTo("/api/v1/statement-kinds/" + code);
		assertThat(recorded).hasStatus(201);
		String id = recorded.getResponse().getHeader("Location").replace("/api/v1/statements/", "");
		assertThat(mvc.get().uri("/statements/" + id + "?lang=fr").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Entretien");
		assertThat(mvc.get().uri("/statements/" + id).with(TestUsers.nato())).bodyText().contains("Interview");
	}

	@Test
	void aKindThatNamesParticipantsNeedsThemWhateverItsCode() {
		String code = code();
		post("/api/v1/statement-kinds", """
				{"code": "%s", "name": "Working lunch", "nameFr": "Déjeuner de travail", "namesParticipants": true}
				""".formatted(code), TestUsers.admin());

		MvcTestResult without = statement(code, "", "Working lunch (illustrative) " + code);

		assertThat(without).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("speaker");
		assertThat(statement(code, "The Secretary General and the Prime Minister", "Working lunch " + code))
			.hasStatus(201);
	}

	@Test
	void aStatementOfAnUnknownKindIsRefusedNamingTheKindsThereAre() throws Exception {
		MvcTestResult refused = statement("GOSSIP", "Someone", "Not a kind");

		assertThat(refused).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("kind");
		assertThat(refused.getResponse().getContentAsString()).contains("COMMUNIQUE", "MEETING");
	}

	@Test
	void todaysKindsKeepTheirLabelsAndAStaleRenameIsRefused() {
		String code = code();
		post("/api/v1/statement-kinds", """
				{"code": "%s", "name": "Op-ed", "nameFr": "Tribune", "namesParticipants": false}
				""".formatted(code), TestUsers.admin());
		String renamed = """
				{"code": "%s", "name": "Opinion piece", "nameFr": "Tribune libre", "namesParticipants": false}
				""".formatted(code);

		assertThat(mvc.put()
			.uri("/api/v1/statement-kinds/" + code)
			.with(TestUsers.admin())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(renamed)).hasStatusOk();
		assertThat(mvc.put()
			.uri("/api/v1/statement-kinds/" + code)
			.with(TestUsers.admin())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(renamed)).hasStatus(409);
		assertThat(kinds.kind(code).nameFr()).isEqualTo("Tribune libre");
		assertThat(kinds.kind("MEETING").namesParticipants()).isTrue();
		assertThat(kinds.kind("DECLARATION").nameFr()).isEqualTo("Déclaration solennelle");
	}

	@Test
	void badInputNamesEachFieldAndOnlyAnAdministratorKeepsTheList() {
		assertThat(post("/api/v1/statement-kinds", """
				{"code": "x", "name": "", "nameFr": ""}
				""", TestUsers.admin())).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("code", "name", "nameFr");
		assertThat(post("/api/v1/statement-kinds", """
				{"code": "%s", "name": "Staff's", "nameFr": "Du personnel"}
				""".formatted(code()), TestUsers.nato())).hasStatus(403);
	}

}
