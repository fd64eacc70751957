package org.liaison.agreement;

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
 * Administrators keep the types of agreement on a page of their own: they list them, add
 * one and correct one; a form with problems, or one opened before someone else's
 * correction, saves nothing. The types here are illustrative.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AgreementTypeAdminPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AgreementService agreements;

	private static String code() {
		return "PG_" + TestCodes.letters(6);
	}

	@Test
	void anAdministratorListsAddsAndCorrectsAType() {
		String code = code();
		assertThat(mvc.get().uri("/admin/agreement-types").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("<h1>Agreement types</h1>", "Individual Partnership Action Plan", "id=\"agreement-type-form\"");

		assertThat(mvc.post()
			.uri("/admin/agreement-types")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", code)
			.param("name", "Exchange of letters " + code)
			.param("nameFr", "Échange de lettres")).hasStatus3xxRedirection()
			.redirectedUrl()
			.isEqualTo("/admin/agreement-types");
		AgreementTypeSummary added = agreements.type(code);
		assertThat(mvc.get().uri("/admin/agreement-types/" + code).with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("Edit the agreement type " + code, "Échange de lettres");
		assertThat(mvc.post()
			.uri("/admin/agreement-types/" + code)
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(added.version()))
			.param("code", code)
			.param("name", "Exchange of letters " + code)
			.param("nameFr", "Échange de lettres (accord)")).hasStatus3xxRedirection();

		assertThat(agreements.type(code).nameFr()).isEqualTo("Échange de lettres (accord)");
		assertThat(mvc.get().uri("/admin/agreement-types").with(TestUsers.admin())).bodyText()
			.contains("Exchange of letters " + code, "Échange de lettres (accord)");
	}

	@Test
	void aFormWithProblemsShowsThemBesideTheFieldsAndSavesNothing() {
		int before = agreements.types().size();

		assertThat(mvc.post()
			.uri("/admin/agreement-types")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", "exchange of letters")
			.param("name", "")
			.param("nameFr", "Échange de lettres")).hasStatusOk()
			.bodyText()
			.contains("id=\"code-error\"", "upper-case letters, digits and underscores", "id=\"name-error\"");
		assertThat(mvc.post()
			.uri("/admin/agreement-types")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", "IPAP")
			.param("name", "Another action plan")
			.param("nameFr", "Un autre plan")).hasStatusOk()
			.bodyText()
			.contains("id=\"code-error\"", "The code 'IPAP' is taken");

		assertThat(agreements.types()).hasSize(before);
		assertThat(agreements.type("IPAP").name()).isEqualTo("Individual Partnership Action Plan");
	}

	@Test
	void aCorrectionOpenedBeforeAnotherOneSaysSoAndSavesNothing() {
		String code = code();
		AgreementTypeSummary opened = agreements
			.addType(new AgreementTypeData(code, "Memorandum " + code, "Mémorandum"));
		agreements.reviseType(code, opened.version(),
				new AgreementTypeData(code, "Memorandum " + code, "Mémorandum d'entente"));

		assertThat(mvc.post()
			.uri("/admin/agreement-types/" + code)
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(opened.version()))
			.param("code", code)
			.param("name", "Memorandum of understanding " + code)
			.param("nameFr", "Mémorandum")).hasStatus(409)
			.bodyText()
			.contains("id=\"conflict\"", "was changed by someone else since you opened it");

		assertThat(agreements.type(code).name()).isEqualTo("Memorandum " + code);
		assertThat(agreements.type(code).nameFr()).isEqualTo("Mémorandum d'entente");
	}

	@Test
	void onlyAnAdministratorReachesThePage() {
		assertThat(mvc.get().uri("/admin/agreement-types").with(TestUsers.nato())).hasStatus(403);
		assertThat(mvc.post()
			.uri("/admin/agreement-types")
			.with(TestUsers.ally())
			.with(csrf())
			.param("code", "PG_ALLY")
			.param("name", "Ally's type")
			.param("nameFr", "Type d'un Allié")).hasStatus(403);
		assertThat(agreements.types()).noneMatch(type -> type.code().equals("PG_ALLY"));
	}

}
