package org.liaison.partner;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Administrators keep the nations on a page of their own: they list them with their
 * relation to the Alliance, add one and correct one; a form with problems or one opened
 * before someone else's correction saves nothing; and a nation added there needs nothing
 * else to become a partner. The QX nations here are user-assigned codes, illustrative.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NationAdminPageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ReferenceDataService references;

	@Autowired
	PartnerService partners;

	private static final NationCode QXA = NationCode.of("QXA");

	private static final NationCode QXB = NationCode.of("QXB");

	private static final NationCode QXC = NationCode.of("QXC");

	private String row(String body, String code) {
		String from = body.substring(body.indexOf("id=\"item-" + code + "\""));
		return from.substring(0, from.indexOf("</tr>"));
	}

	@Test
	void anAdministratorListsAddsAndCorrectsANation() {
		assertThat(mvc.get().uri("/admin/nations").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("<h1>Nations</h1>", "id=\"nation-form\"", "href=\"/admin/role-kinds\"")
			.satisfies(body -> assertThat(row(body, "SRB")).contains("Serbia", "Serbie", "Not an Ally"));

		assertThat(mvc.post()
			.uri("/admin/nations")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", "QXA")
			.param("name", "Qxland (illustrative)")
			.param("nameFr", "Qxlande")
			.param("articleFr", "la")
			.param("natoMemberSince", "")).hasStatus3xxRedirection().redirectedUrl().isEqualTo("/admin/nations");
		NationSummary added = references.nation(QXA);
		assertThat(added.nameFrWithArticle()).isEqualTo("la Qxlande");
		assertThat(added.ally()).isFalse();

		assertThat(mvc.get().uri("/admin/nations/QXA").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("Edit the nation Qxland (illustrative)", "name=\"version\" value=\"" + added.version() + "\"",
					"Qxland (illustrative)");
		assertThat(mvc.post()
			.uri("/admin/nations/QXA")
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(added.version()))
			.param("code", "QXA")
			.param("name", "Qxland (illustrative)")
			.param("nameFr", "Qxlande")
			.param("articleFr", "")
			.param("natoMemberSince", "2004-03-29")).hasStatus3xxRedirection();

		NationSummary corrected = references.nation(QXA);
		assertThat(corrected.articleFr()).isNull();
		assertThat(corrected.natoMemberSince()).isEqualTo(PartialDate.parse("2004-03-29"));
		assertThat(mvc.get().uri("/admin/nations").with(TestUsers.admin())).bodyText()
			.satisfies(body -> assertThat(row(body, "QXA")).contains("Qxlande", "Ally since 29 March 2004"));
	}

	@Test
	void aFormWithProblemsShowsThemBesideTheFieldsAndSavesNothing() {
		int before = partners.nations().size();

		assertThat(mvc.post()
			.uri("/admin/nations")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", "QX")
			.param("name", "")
			.param("nameFr", "Qxlande")
			.param("natoMemberSince", "someday")).hasStatusOk()
			.bodyText()
			.contains("id=\"code-error\"", "ISO 3166-1 alpha-3", "id=\"name-error\"", "id=\"natoMemberSince-error\"");
		assertThat(mvc.post()
			.uri("/admin/nations")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", "QXC")
			.param("name", "Qxcland (illustrative)")
			.param("nameFr", "Qxclande")
			.param("articleFr", "der")).hasStatusOk().bodyText().contains("id=\"articleFr-error\"", "is one of le, la");

		assertThat(partners.nations()).hasSize(before);
		assertThat(partners.nations()).noneMatch(nation -> nation.code().equals(QXC));
	}

	@Test
	void aCorrectionOpenedBeforeAnotherOneSaysSoAndSavesNothing() {
		NationData data = new NationData("QXD", "Qxdland (illustrative)", "Qxdlande", null, null);
		NationSummary opened = references.addNation(data);
		references.reviseNation(opened.code(), opened.version(),
				new NationData("QXD", "Qxdland (illustrative)", "Qxdlande", "le", null));

		assertThat(mvc.post()
			.uri("/admin/nations/QXD")
			.with(TestUsers.admin())
			.with(csrf())
			.param("version", String.valueOf(opened.version()))
			.param("code", "QXD")
			.param("name", "Qxdland renamed (illustrative)")
			.param("nameFr", "Qxdlande")
			.param("articleFr", "")).hasStatus(409)
			.bodyText()
			.contains("id=\"conflict\"", "was changed by someone else since you opened it", "id=\"nation-form\"");

		NationSummary kept = references.nation(NationCode.of("QXD"));
		assertThat(kept.name()).isEqualTo("Qxdland (illustrative)");
		assertThat(kept.articleFr()).isEqualTo("le");
	}

	@Test
	void onlyAnAdministratorReachesThePage() {
		assertThat(mvc.get().uri("/admin/nations").with(TestUsers.nato())).hasStatus(403);
		assertThat(mvc.post()
			.uri("/admin/nations")
			.with(TestUsers.partner("IND"))
			.with(csrf())
			.param("code", "QXE")
			.param("name", "Qxeland (illustrative)")
			.param("nameFr", "Qxelande")).hasStatus(403);
		assertThat(mvc.get().uri("/admin/nations")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(partners.nations()).noneMatch(nation -> nation.code().value().equals("QXE"));
	}

	@Test
	void aFrenchReaderSeesTheFormInFrench() {
		assertThat(mvc.get().uri("/admin/nations?lang=fr").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("Nouvelle nation", "Nom en anglais", "Nom en français", "Article en français",
					"Listes de référence");
	}

	@Test
	void aNationAddedOnThePageBecomesAPartnerWithNothingElseChanged() {
		assertThat(mvc.post()
			.uri("/admin/nations")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", "QXB")
			.param("name", "Qxbland (illustrative)")
			.param("nameFr", "Qxblande")
			.param("articleFr", "l'")).hasStatus3xxRedirection();

		assertThat(mvc.post()
			.uri("/api/v1/partners")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"nation": "QXB", "profile": {"summary": "An illustrative partner.", "aspirant": false, "releasability": "PUBLIC"}}
							"""))
			.hasStatus(201);
		assertThat(mvc.get().uri("/api/v1/partners/QXB").with(TestUsers.nato())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Qxbland (illustrative)");
		assertThat(partners.nations()).anyMatch(nation -> nation.code().equals(QXB));
	}

}
