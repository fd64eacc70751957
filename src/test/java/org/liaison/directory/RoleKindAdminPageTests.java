package org.liaison.directory;

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
 * Administrators keep the kinds of organisation role on a page of their own, with the
 * rules their roles follow: they list them, add one and correct it; a form with problems,
 * or one opened before someone else's correction, saves nothing; and the page reads in
 * French for a French reader. The kinds here are illustrative.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoleKindAdminPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RoleKindService kinds;

	private static String code() {
		return "PG_" + TestCodes.letters(6);
	}

	@Test
	void anAdministratorListsAddsAndCorrectsAKind() {
		String code = code();
		assertThat(mvc.get().uri("/admin/role-kinds").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("<h1>Role kinds</h1>", "LIAISON_OFFICE", "id=\"role-kind-form\"");

		assertThat(mvc.post()
			.uri("/admin/role-kinds")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", code)
			.param("name", "Defence attaché office " + code)
			.param("nameFr", "Bureau de l'attaché de défense")
			.param("requiredOrganisationKind", "EMBASSY")
			.param("oneAtATime", "true")
			.param("_oneAtATime", "on")
			.param("milestoneKind", "opened")
			.param("milestoneText", "{organisation} opened")).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/admin/role-kinds");
		RoleKindSummary added = kinds.kind(code);
		assertThat(added.requiredOrganisationKind()).isEqualTo(OrganisationKind.EMBASSY);
		assertThat(added.oneAtATime()).isTrue();

		assertThat(mvc.post()
			.uri("/admin/role-kinds/" + code)
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(added.version()))
			.param("code", code)
			.param("name", "Defence attaché office " + code)
			.param("nameFr", "Bureau de l'attaché de défense")
			.param("requiredOrganisationKind", "")
			.param("_oneAtATime", "on")
			.param("milestoneKind", "established")
			.param("milestoneText", "{organisation} was established")).hasStatus3xxRedirection();

		RoleKindSummary corrected = kinds.kind(code);
		assertThat(corrected.requiredOrganisationKind()).isNull();
		assertThat(corrected.oneAtATime()).isFalse();
		assertThat(corrected.milestoneSentence("The office")).isEqualTo("The office was established");
		assertThat(mvc.get().uri("/admin/role-kinds").with(TestUsers.admin())).bodyText()
			.contains("Defence attaché office " + code);
	}

	@Test
	void aFormWithProblemsShowsThemAllBesideTheFieldsAndSavesNothing() {
		int before = kinds.kinds().size();

		assertThat(mvc.post()
			.uri("/admin/role-kinds")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", code())
			.param("name", "Castle keeper")
			.param("nameFr", "Gardien du château")
			.param("requiredOrganisationKind", "CASTLE")
			.param("_oneAtATime", "on")
			.param("milestoneKind", "Two Words")
			.param("milestoneText", "")).hasStatusOk()
			.bodyText()
			.contains("id=\"requiredOrganisationKind-error\"", "EMBASSY", "id=\"milestoneKind-error\"",
					"is one lower-case word", "id=\"milestoneText-error\"");

		assertThat(kinds.kinds()).hasSize(before);
	}

	@Test
	void aCorrectionOpenedBeforeAnotherOneSaysSoAndSavesNothing() {
		String code = code();
		RoleKindSummary opened = kinds.addKind(new RoleKindData(code, "Envoy " + code, "Envoyé", null, false,
				"appointed", "{organisation} was appointed"));
		kinds.reviseKind(code, opened.version(), new RoleKindData(code, "Envoy " + code, "Envoyé spécial", null, false,
				"appointed", "{organisation} was appointed"));

		assertThat(mvc.post()
			.uri("/admin/role-kinds/" + code)
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(opened.version()))
			.param("code", code)
			.param("name", "Special envoy " + code)
			.param("nameFr", "Envoyé")
			.param("_oneAtATime", "on")
			.param("milestoneKind", "appointed")
			.param("milestoneText", "{organisation} was appointed")).hasStatus(409)
			.bodyText()
			.contains("id=\"conflict\"", "was changed by someone else since you opened it");

		assertThat(kinds.kind(code).name()).isEqualTo("Envoy " + code);
		assertThat(kinds.kind(code).nameFr()).isEqualTo("Envoyé spécial");
	}

	@Test
	void onlyAnAdministratorReachesThePage() {
		assertThat(mvc.get().uri("/admin/role-kinds").with(TestUsers.nato())).hasStatus(403);
		assertThat(mvc.post()
			.uri("/admin/role-kinds")
			.with(TestUsers.partner("VNM"))
			.with(csrf())
			.param("code", "PG_PARTNER")
			.param("name", "Partner's own")
			.param("nameFr", "Propre au partenaire")
			.param("milestoneKind", "opened")
			.param("milestoneText", "{organisation} opened")).hasStatus(403);
		assertThat(kinds.kinds()).noneMatch(kind -> kind.code().equals("PG_PARTNER"));
	}

	@Test
	void aFrenchReaderSeesThePageInFrench() {
		assertThat(mvc.get().uri("/admin/role-kinds?lang=fr").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("Types de rôle", "Nouveau type de rôle", "Organisation requise", "Un à la fois",
					"Texte de la chronologie", "Enregistrer");
	}

}
