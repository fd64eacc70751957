package org.liaison.partner;

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
 * Administrators keep the frameworks on a page of their own: they list them, add one and
 * correct one, and a form with problems, or a correction opened before someone else's,
 * comes back with each problem beside its field (or the conflict above the form) and
 * nothing saved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FrameworkAdminPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ReferenceDataService references;

	@Autowired
	PartnerService partners;

	private static String code() {
		return "PG_" + TestCodes.letters(6);
	}

	@Test
	void anAdministratorAddsAndCorrectsAFrameworkOnThePage() {
		String code = code();
		assertThat(mvc.get().uri("/admin/frameworks").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("Frameworks and programmes", "Partnership for Peace", "id=\"framework-form\"");

		assertThat(mvc.post()
			.uri("/admin/frameworks")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", code)
			.param("name", "Partnership Goals initiative (illustrative)")
			.param("nameFr", "Initiative des objectifs du partenariat")
			.param("kind", "INITIATIVE")).hasStatus3xxRedirection();
		FrameworkSummary added = references.framework(code);
		assertThat(mvc.post()
			.uri("/admin/frameworks/" + code)
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(added.version()))
			.param("code", code)
			.param("name", "Partnership Goals initiative (illustrative)")
			.param("nameFr", "Initiative pour les objectifs du partenariat")
			.param("kind", "INITIATIVE")).hasStatus3xxRedirection();

		assertThat(references.framework(code).nameFr()).isEqualTo("Initiative pour les objectifs du partenariat");
		assertThat(mvc.get().uri("/admin/frameworks/" + code + "?lang=fr").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("Cadres et programmes", "Initiative pour les objectifs du partenariat");
	}

	@Test
	void aFormWithProblemsShowsThemBesideTheFieldsAndSavesNothing() {
		String code = "lower case";
		int before = partners.frameworks().size();

		assertThat(mvc.post()
			.uri("/admin/frameworks")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", code)
			.param("name", "")
			.param("nameFr", "Sans nom")
			.param("kind", "CLUB")).hasStatusOk()
			.bodyText()
			.contains("id=\"kind-error\"", "PARTNERSHIP_FRAMEWORK, PLANNING_PROCESS");
		assertThat(mvc.post()
			.uri("/admin/frameworks")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", code)
			.param("name", "")
			.param("nameFr", "Sans nom")
			.param("kind", "PROGRAMME")).hasStatusOk().bodyText().contains("id=\"code-error\"", "id=\"name-error\"");
		assertThat(partners.frameworks()).hasSize(before);
	}

	@Test
	void aCorrectionOpenedBeforeAnotherOneSaysSoAndSavesNothing() {
		String code = code();
		FrameworkSummary opened = references
			.addFramework(new FrameworkData(code, "Staff talks (illustrative)", "Entretiens", FrameworkKind.OTHER));
		references.reviseFramework(code, opened.version(),
				new FrameworkData(code, "Staff talks (illustrative)", "Entretiens d'état-major", FrameworkKind.OTHER));

		assertThat(mvc.post()
			.uri("/admin/frameworks/" + code)
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(opened.version()))
			.param("code", code)
			.param("name", "Staff talks renamed (illustrative)")
			.param("nameFr", "Entretiens")
			.param("kind", "PROGRAMME")).hasStatus(409)
			.bodyText()
			.contains("id=\"conflict\"", "was changed by someone else since you opened it", "id=\"framework-form\"");

		FrameworkSummary kept = references.framework(code);
		assertThat(kept.nameFr()).isEqualTo("Entretiens d'état-major");
		assertThat(kept.kind()).isEqualTo(FrameworkKind.OTHER);
	}

	@Test
	void onlyAnAdministratorSeesThePage() {
		assertThat(mvc.get().uri("/admin/frameworks").with(TestUsers.nato())).hasStatus(403);
	}

}
