package org.liaison.partner;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
class PartnerControllerTests {

	@Autowired
	MockMvcTester mvc;

	private void createPartner(String nation, String releasability) {
		assertThat(mvc.post()
			.uri("/api/v1/partners")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"nation": "%s", "profile": {"summary": "A partner since long ago.", "aspirant": false, "releasability": "%s"}}
							"""
						.formatted(nation, releasability)))
			.hasStatus(201);
	}

	@Test
	void publicProfileIsReadableByAnyone() {
		createPartner("GEO", "PUBLIC");

		assertThat(mvc.get().uri("/api/v1/partners/geo")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.name")
			.isEqualTo("Georgia");
	}

	@Test
	void partnerOnlyProfileIsHiddenFromOtherPartnersAndTheAnonymous() {
		createPartner("ARM", "PARTNER");

		assertThat(mvc.get().uri("/api/v1/partners/ARM")).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/partners/ARM").with(TestUsers.partner("SRB"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/partners/ARM").with(TestUsers.agent())).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/partners/ARM").with(TestUsers.partner("ARM"))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/partners/ARM").with(TestUsers.ally())).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/partners?size=200").with(TestUsers.partner("SRB"))).bodyJson()
			.extractingPath("$.items[*].nation")
			.asArray()
			.doesNotContain("ARM");
	}

	@Test
	void invalidProfileIsRefusedWithEveryFieldProblem() {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nation": "AZE", "profile": {"summary": " ", "aspirant": false}}
					""")
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("profile.summary", "profile.releasability");
		assertThat(mvc.get().uri("/api/v1/partners/AZE").with(TestUsers.nato())).hasStatus(404);
	}

	@Test
	void onlyANationOfTheListBecomesAPartner() {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"nation": "XYZ", "profile": {"summary": "No.", "aspirant": false, "releasability": "PUBLIC"}}
					""")
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("is not in the list of nations");
	}

	@Test
	void onlyEditorsChangeTheRecord() {
		assertThat(mvc.post()
			.uri("/api/v1/partners")
			.with(TestUsers.partner("SRB"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"nation\": \"BLR\", \"profile\": {\"summary\": \"x\", \"aspirant\": false, \"releasability\": \"PUBLIC\"}}"))
			.hasStatus(403);
		assertThat(mvc.post()
			.uri("/api/v1/partners")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"nation\": \"BLR\", \"profile\": {\"summary\": \"x\", \"aspirant\": false, \"releasability\": \"PUBLIC\"}}"))
			.hasStatus(401);
	}

	@Test
	void staleRevisionIsRefusedAndTheNewerOneKept() {
		createPartner("MDA", "PUBLIC");
		String revision = """
				{"summary": "%s", "aspirant": false, "releasability": "PUBLIC"}""";

		assertThat(mvc.put()
			.uri("/api/v1/partners/MDA")
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted("First change"))).hasStatusOk().hasHeader("ETag", "\"1\"");
		assertThat(mvc.put()
			.uri("/api/v1/partners/MDA")
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted("Stale change"))).hasStatus(409);
		assertThat(mvc.put()
			.uri("/api/v1/partners/MDA")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(revision.formatted("No version"))).hasStatus(400);
		assertThat(mvc.get().uri("/api/v1/partners/MDA")).bodyJson()
			.extractingPath("$.summary")
			.isEqualTo("First change");
	}

	@Test
	void membershipFormShowsTheProblemBesideTheFieldAndSavesNothing() {
		createPartner("MRT", "PUBLIC");

		MvcTestResult result = mvc.post()
			.uri("/partners/MRT/memberships")
			.with(TestUsers.nato())
			.with(csrf())
			.param("framework", "PFP")
			.param("since", "December 2006")
			.param("releasability", "PUBLIC")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("id=\"since-error\"").contains("A date is written as a year");
		assertThat(mvc.get().uri("/api/v1/partners/MRT/memberships")).bodyJson()
			.extractingPath("$")
			.asArray()
			.isEmpty();
	}

	@Test
	void membershipEndingBeforeItBeganIsRefused() {
		createPartner("KGZ", "PUBLIC");

		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/KGZ/memberships")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"{\"framework\": \"PFP\", \"since\": \"2006-12\", \"until\": \"2005\", \"releasability\": \"PUBLIC\"}")
			.exchange();

		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("until");
	}

	@Test
	void deletingFromHtmxAnswersAnEmptyFragment() {
		createPartner("TJK", "PUBLIC");
		String id = mvc.post()
			.uri("/api/v1/partners/TJK/memberships")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"framework\": \"PFP\", \"since\": \"2002\", \"releasability\": \"PUBLIC\"}")
			.exchange()
			.getResponse()
			.getHeader("Location")
			.replace("/api/v1/memberships/", "");

		MvcTestResult result = mvc.post()
			.uri("/memberships/" + id + "/delete")
			.with(TestUsers.nato())
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().isBlank();
		assertThat(mvc.get().uri("/api/v1/memberships/" + id).with(TestUsers.nato())).hasStatus(404);
	}

}
