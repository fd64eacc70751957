package org.liaison.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
 * Serbia's non-public records, one of every kind, read by everyone who asks: Serbia's own
 * coordinator and the alliance see them; another partner's coordinator never does, in a
 * list, by id, in the overview or in an export; anonymous callers are asked to sign in.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerScopeTests {

	static final String MARK = "scope-" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	MockMvcTester mvc;

	/** Record kind → the API URL of the record, for each kind of Serbia's records. */
	final Map<String, String> hidden = new LinkedHashMap<>();

	/** Record kind → the API URL of the list that would hold it. */
	final Map<String, String> lists = new LinkedHashMap<>();

	@BeforeAll
	void recordSerbiasPartnerOnlyRecords() {
		create("membership", "/api/v1/partners/SRB/memberships", """
				{"ref": "%s", "framework": "EAPC", "since": "2006-12", "note": "%s", "releasability": "PARTNER"}""");
		create("narrative", "/api/v1/partners/SRB/narratives",
				"""
						{"ref": "%s", "section": "AREA", "heading": "%s", "body": "Partner only.", "position": 9, "releasability": "PARTNER"}""");
		create("agreement", "/api/v1/partners/SRB/agreements",
				"""
						{"ref": "%s", "type": "SECURITY", "title": "%s", "status": "DRAFT", "parties": [], "releasability": "PARTNER"}""");
		create("organisation", "/api/v1/organisations", """
				{"ref": "%s", "name": "%s", "kind": "MINISTRY", "nation": "SRB", "releasability": "PARTNER"}""");
		create("role", "/api/v1/partners/SRB/roles",
				"""
						{"ref": "%s", "organisationRef": "serbian-ministry-of-defence", "kind": "OTHER", "tasks": "%s", "releasability": "PARTNER"}""");
		create("body", "/api/v1/partners/SRB/bodies", """
				{"ref": "%s", "name": "%s", "purpose": "Partner only.", "releasability": "PARTNER"}""");
		create("statement", "/api/v1/partners/SRB/statements",
				"""
						{"ref": "%s", "kind": "STATEMENT", "title": "%s", "date": "2014", "summary": "Partner only.", "releasability": "PARTNER"}""");
		create("milestone", "/api/v1/partners/SRB/milestones", """
				{"ref": "%s", "date": "2014", "text": "%s", "releasability": "PARTNER"}""");
		lists.put("organisation", "/api/v1/organisations?size=200");
	}

	private void create(String kind, String url, String body) {
		String ref = MARK + "-" + kind;
		MvcTestResult result = mvc.post()
			.uri(url)
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.formatted(ref, ref))
			.exchange();
		assertThat(result).as(kind).hasStatus(201);
		hidden.put(kind, result.getResponse().getHeader("Location"));
		lists.put(kind, url + (url.contains("?") ? "&" : "?") + "size=200");
	}

	@Test
	void anotherPartnersCoordinatorSeesNoneOfThem() {
		RequestPostProcessor georgia = TestUsers.partner("GEO");
		hidden.forEach((kind, url) -> assertThat(mvc.get().uri(url).with(georgia)).as(kind).hasStatus(404));
		lists.forEach((kind, url) -> assertThat(mvc.get().uri(url).with(georgia)).as(kind)
			.hasStatusOk()
			.bodyText()
			.doesNotContain(MARK));
		assertThat(mvc.get().uri("/api/v1/partners/SRB/dossier").with(georgia)).bodyText().doesNotContain(MARK);
		assertThat(mvc.get().uri("/partners/SRB").with(georgia)).hasStatusOk().bodyText().doesNotContain(MARK);
		assertThat(mvc.get().uri("/partners/SRB/timeline?size=200").with(georgia)).hasStatusOk()
			.bodyText()
			.doesNotContain(MARK);
		assertThat(mvc.get().uri("/partners/SRB/agreements").with(georgia)).hasStatusOk()
			.bodyText()
			.doesNotContain(MARK);
		// The pages of single records, edit forms included, are as closed as the API.
		hidden.forEach((kind, url) -> {
			String id = url.substring(url.lastIndexOf('/') + 1);
			String page = switch (kind) {
				case "membership" -> "/memberships/" + id + "/edit";
				case "narrative" -> "/narratives/" + id + "/edit";
				case "agreement" -> "/agreements/" + id;
				case "organisation" -> "/organisations/" + id;
				case "role" -> "/roles/" + id + "/edit";
				case "body" -> "/bodies/" + id;
				case "statement" -> "/statements/" + id;
				default -> "/milestones/" + id + "/edit";
			};
			assertThat(mvc.get().uri(page).with(georgia)).as(page).hasStatus(404);
		});
	}

	@Test
	void anonymousCallersAreAskedToSignIn() {
		hidden.forEach((kind, url) -> assertThat(mvc.get().uri(url)).as(kind)
			.hasStatus(401)
			.hasHeader("WWW-Authenticate", "Basic realm=\"Liaison\""));
		lists.forEach((kind, url) -> assertThat(mvc.get().uri(url)).as(kind).bodyText().doesNotContain(MARK));
		assertThat(mvc.get().uri("/partners/SRB/relations")).bodyText().doesNotContain(MARK);
	}

	@Test
	void serbiasCoordinatorAndTheAllianceSeeThem() {
		for (RequestPostProcessor reader : new RequestPostProcessor[] { TestUsers.partner("SRB"), TestUsers.ally(),
				TestUsers.nato() }) {
			hidden.forEach((kind, url) -> assertThat(mvc.get().uri(url).with(reader)).as(kind).hasStatusOk());
			lists
				.forEach((kind, url) -> assertThat(mvc.get().uri(url).with(reader)).as(kind).bodyText().contains(MARK));
		}
	}

	@Test
	void agentsAndProvidersSeeOnlyWhatIsPublic() {
		hidden.forEach((kind, url) -> assertThat(mvc.get().uri(url).with(TestUsers.agent())).as(kind).hasStatus(404));
	}

}
