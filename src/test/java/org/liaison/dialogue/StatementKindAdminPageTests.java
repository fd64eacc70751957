package org.liaison.dialogue;

import org.junit.jupiter.api.Test;
import org.liaison.TestCodes;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administrators keep the kinds of statement on a page of their own: they list them, add
 * one that records who met, and correct it; a form with problems, or one opened before
 * someone else's correction, saves nothing. The kinds here are illustrative.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StatementKindAdminPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StatementKindService kinds;

	private static String code() {
		return "PG_" + TestCodes.letters(6);
	}

	@Test
	void anAdministratorListsAddsAndCorrectsAKind() {
		String code = code();
		assertThat(mvc.get().uri("/admin/statement-kinds").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("<h1>Statement kinds</h1>", "DECLARATION", "id=\"statement-kind-form\"");

		assertThat(mvc.post()
			.uri("/admin/statement-kinds")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", code)
			.param("name", "Round table " + code)
			.param("nameFr", "Table ronde")
			.param("namesParticipants", "true")
			.param("_namesParticipants", "on")).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/admin/statement-kinds");
		StatementKindSummary added = kinds.kind(code);
		assertThat(added.namesParticipants()).isTrue();

		assertThat(mvc.post()
			.uri("/admin/statement-kinds/" + code)
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(added.version()))
			.param("code", code)
			.param("name", "Round table " + code)
			.param("nameFr", "Table ronde d'experts")
			.param("_namesParticipants", "on")).hasStatus3xxRedirection();

		StatementKindSummary corrected = kinds.kind(code);
		assertThat(corrected.nameFr()).isEqualTo("Table ronde d'experts");
		assertThat(corrected.namesParticipants()).isFalse();
		assertThat(mvc.get().uri("/admin/statement-kinds/" + code).with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("Edit the statement kind " + code, "Round table " + code);
	}

	@Test
	void aFormWithProblemsShowsThemBesideTheFieldsAndSavesNothing() {
		int before = kinds.kinds().size();

		assertThat(mvc.post()
			.uri("/admin/statement-kinds")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", "op-ed")
			.param("name", "Op-ed")
			.param("nameFr", "")
			.param("_namesParticipants", "on")).hasStatusOk()
			.bodyText()
			.contains("id=\"code-error\"", "id=\"nameFr-error\"", "value=\"op-ed\"");

		assertThat(kinds.kinds()).hasSize(before);
	}

	@Test
	void aCorrectionOpenedBeforeAnotherOneSaysSoAndSavesNothing() {
		String code = code();
		StatementKindSummary opened = kinds.addKind(new StatementKindData(code, "Briefing " + code, "Point", false));
		kinds.reviseKind(code, opened.version(),
				new StatementKindData(code, "Briefing " + code, "Point presse", false));

		assertThat(mvc.post()
			.uri("/admin/statement-kinds/" + code)
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(opened.version()))
			.param("code", code)
			.param("name", "Press briefing " + code)
			.param("nameFr", "Point")
			.param("namesParticipants", "true")).hasStatus(409)
			.bodyText()
			.contains("id=\"conflict\"", "was changed by someone else since you opened it");

		StatementKindSummary kept = kinds.kind(code);
		assertThat(kept.nameFr()).isEqualTo("Point presse");
		assertThat(kept.namesParticipants()).isFalse();
	}

	@Test
	void onlyAnAdministratorReachesThePage() {
		assertThat(mvc.get().uri("/admin/statement-kinds").with(TestUsers.partner("SGP"))).hasStatus(403);
		assertThat(mvc.post()
			.uri("/admin/statement-kinds")
			.with(TestUsers.nato())
			.with(csrf())
			.param("code", "PG_STAFF")
			.param("name", "Staff note")
			.param("nameFr", "Note")).hasStatus(403);
		assertThat(kinds.kinds()).noneMatch(kind -> kind.code().equals("PG_STAFF"));
	}

}
