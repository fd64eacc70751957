package org.liaison.dialogue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestCodes;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The kinds of joint body are reference data: an administrator adds one on a page, a body
 * names it and the public page says it in the reader's language; a body may name no kind,
 * and one the list lacks is refused with the kinds there are. The bodies here are
 * illustrative, of Belarus.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BodyKindTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	BodyKindService kinds;

	@BeforeEach
	void belarus() {
		TestPartners.ensure(mvc, "BLR");
	}

	private static String code() {
		return "KIND_" + TestCodes.letters(6);
	}

	private MvcTestResult body(String name, String kind) {
		return mvc.post()
			.uri("/api/v1/partners/BLR/bodies")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "%s", "purpose": "Consultation.", "established": "2010", "kind": %s,
					 "releasability": "PUBLIC"}""".formatted(name, kind == null ? "null" : "\"" + kind + "\""))
			.exchange();
	}

	@Test
	void aKindAnAdministratorAddsOnItsPageIsNamedByABodyAndShownInTheReadersLanguage() throws Exception {
		String code = code();
		assertThat(mvc.get().uri("/admin/body-kinds").with(TestUsers.admin())).hasStatusOk()
			.bodyText()
			.contains("Kinds of joint body", "COMMISSION", "WORKING_GROUP");
		assertThat(mvc.post()
			.uri("/admin/body-kinds")
			.with(TestUsers.admin())
			.with(csrf())
			.param("code", code)
			.param("name", "Steering board " + code)
			.param("nameFr", "Comité directeur " + code)).hasStatus3xxRedirection();
		assertThat(kinds.kind(code).nameFr()).isEqualTo("Comité directeur " + code);

		assertThat(body("Joint board " + code, code)).hasStatus(201);
		assertThat(mvc.get().uri("/partners/BLR/relations")).bodyText().contains("Steering board " + code);
		assertThat(mvc.get().uri("/partners/BLR/relations").header("Accept-Language", "fr")).bodyText()
			.contains("Comité directeur " + code);
		assertThat(mvc.get().uri("/admin/body-kinds").with(TestUsers.nato())).hasStatus(403);
	}

	@Test
	void aBodyMayNameNoKindButNotOneTheListLacks() {
		assertThat(body("Body of unknown kind", null)).hasStatus(201);
		MvcTestResult refused = body("Body of a made-up kind", "NO_SUCH_KIND");
		assertThat(refused).hasStatus(400);
		assertThat(refused).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("'NO_SUCH_KIND' is not a kind of body", "COMMISSION");
	}

}
