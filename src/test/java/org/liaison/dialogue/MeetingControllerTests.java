package org.liaison.dialogue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Meetings and their follow-up actions through the pages and the API, over the shared
 * test database. Only Japan and New Zealand are partners of this class; every test names
 * its records (by place) so that it finds only its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MeetingControllerTests {

	@Autowired
	MockMvcTester mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	private void ensurePartner(String nation) {
		if (mvc.get()
			.uri("/api/v1/partners/" + nation)
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getStatus() == 404) {
			assertThat(mvc.post()
				.uri("/api/v1/partners")
				.with(TestUsers.nato())
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"nation": "%s", "profile": {"summary": "A partner.", "aspirant": false, "releasability": "PUBLIC"}}
								"""
							.formatted(nation)))
				.hasStatus(201);
		}
	}

	private Map<?, ?> post(String uri, String body) throws Exception {
		MvcTestResult result = mvc.post()
			.uri(uri)
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
		assertThat(result).hasStatus(201);
		return json.readValue(result.getResponse().getContentAsString(), Map.class);
	}

	/** A body of the partner (PUBLIC), created once and found again by its ref. */
	private String body(String nation) throws Exception {
		ensurePartner(nation);
		String ref = nation.toLowerCase() + "-meetings-reform-group";
		MvcTestResult bodies = mvc.get()
			.uri("/api/v1/partners/" + nation + "/bodies")
			.with(TestUsers.nato())
			.exchange();
		for (Object item : json.readValue(bodies.getResponse().getContentAsString(), List.class)) {
			if (ref.equals(((Map<?, ?>) item).get("ref"))) {
				return (String) ((Map<?, ?>) item).get("id");
			}
		}
		return (String) post("/api/v1/partners/" + nation + "/bodies", """
				{"ref": "%s", "name": "Reform Group of %s", "shortName": "RG", "purpose": "Advice on reform.",
				 "established": "2006-02", "releasability": "PUBLIC"}""".formatted(ref, nation)).get("id");
	}

	/** A meeting whose ref is made from its place, so that each test finds its own. */
	private Map<?, ?> addMeeting(String bodyId, String place, String releasability) throws Exception {
		String ref = place.toLowerCase().replace(' ', '-') + "-" + System.nanoTime();
		return post("/api/v1/bodies/" + bodyId + "/meetings",
				"""
						{"ref": "%s", "date": "2015-02-10", "place": "%s", "agenda": "PARP goals by area",
						 "participants": [{"name": "Ministry of Defence", "nation": "JPN"}, {"name": "NATO International Staff"}],
						 "decisions": ["Review the logistics goals again in June."],
						 "actions": [{"text": "Send the logistics survey", "owner": "General Staff", "dueOn": "2015-06-30"},
						             {"text": "Plan the next meeting", "owner": "NATO International Staff", "dueOn": "2999-01-31"}],
						 "reviewedNodes": [{"planRef": "parp-2015", "nodeCode": "G-01"}],
						 "releasability": "%s", "illustrative": true}"""
					.formatted(ref, place, releasability));
	}

	private static String actionId(Map<?, ?> meeting, int index) {
		return (String) ((Map<?, ?>) ((List<?>) meeting.get("actions")).get(index)).get("id");
	}

	@Test
	void meetingWithActionsIsCreatedThroughTheApiAndListedOnTheBodyPage() throws Exception {
		String body = body("JPN");
		Map<?, ?> meeting = addMeeting(body, "Tokyo created", "PARTNER");
		String id = (String) meeting.get("id");

		assertThat(mvc.get().uri("/api/v1/meetings/" + id).with(TestUsers.nato())).hasStatusOk()
			.hasHeader("ETag", "\"0\"")
			.bodyJson()
			.extractingPath("$.actions[0].status")
			.isEqualTo("OPEN");
		assertThat(mvc.get().uri("/api/v1/bodies/" + body + "/meetings?size=200").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains(id);
		assertThat(mvc.get().uri("/bodies/" + body).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("/meetings/" + id)
			.contains("Tokyo created");
		assertThat(mvc.get().uri("/meetings/" + id).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Ministry of Defence", "Review the logistics goals again in June.", "parp-2015", "G-01",
					"Send the logistics survey", "PARP goals by area");
	}

	@Test
	void overdueActionStandsOutOnThePageAndInThePartnersList() throws Exception {
		String body = body("JPN");
		Map<?, ?> meeting = addMeeting(body, "Tokyo overdue", "PARTNER");
		String id = (String) meeting.get("id");
		String overdue = actionId(meeting, 0);
		String notYet = actionId(meeting, 1);

		assertThat(mvc.get().uri("/meetings/" + id).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.containsPattern("<tr id=\"action-" + overdue + "\" class=\"table-danger overdue\">")
			.containsPattern("<tr id=\"action-" + notYet + "\" class=\"\">")
			.contains("overdue-badge");
		MvcTestResult list = mvc.get()
			.uri("/api/v1/partners/JPN/actions?overdue=true")
			.with(TestUsers.nato())
			.exchange();
		assertThat(list).hasStatusOk();
		assertThat(list.getResponse().getContentAsString()).contains(overdue).doesNotContain(notYet);
		assertThat(mvc.get().uri("/partners/JPN/actions?overdue=true").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("action-" + overdue)
			.doesNotContain("action-" + notYet);
	}

	@Test
	void actionMovesCheckTheLifecycleAndTheMeetingsVersion() throws Exception {
		Map<?, ?> meeting = addMeeting(body("JPN"), "Tokyo moves", "PARTNER");
		String first = actionId(meeting, 0);
		String second = actionId(meeting, 1);

		assertThat(mvc.post()
			.uri("/api/v1/actions/" + first + "/done?on=2015-03-01")
			.header("If-Match", "\"0\"")
			.with(TestUsers.nato())).hasStatusOk()
			.hasHeader("ETag", "\"1\"")
			.bodyJson()
			.extractingPath("$.actions[0].status")
			.isEqualTo("DONE");
		assertThat(
				mvc.post().uri("/api/v1/actions/" + first + "/drop").header("If-Match", "\"1\"").with(TestUsers.nato()))
			.hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("only an open action");
		assertThat(mvc.post()
			.uri("/api/v1/actions/" + second + "/drop")
			.header("If-Match", "\"0\"")
			.with(TestUsers.nato())).hasStatus(409);
		assertThat(mvc.get().uri("/api/v1/meetings/" + meeting.get("id")).with(TestUsers.nato())).bodyJson()
			.extractingPath("$.actions[1].status")
			.isEqualTo("OPEN");
	}

	@Test
	void partnerReleasableMeetingIsSeenByItsPartnerOnly() throws Exception {
		String body = body("JPN");
		body("NZL");
		String id = (String) addMeeting(body, "Tokyo scoped", "PARTNER").get("id");

		assertThat(mvc.get().uri("/api/v1/meetings/" + id).with(TestUsers.partner("JPN"))).hasStatusOk();
		assertThat(mvc.get().uri("/meetings/" + id).with(TestUsers.partner("JPN"))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/meetings/" + id).with(TestUsers.partner("NZL"))).hasStatus(404);
		assertThat(mvc.get().uri("/meetings/" + id).with(TestUsers.partner("NZL"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/bodies/" + body + "/meetings?size=200").with(TestUsers.partner("NZL")))
			.hasStatusOk()
			.bodyText()
			.doesNotContain(id);
		assertThat(mvc.get().uri("/api/v1/partners/JPN/actions").with(TestUsers.partner("NZL"))).hasStatusOk()
			.bodyText()
			.doesNotContain(id);
		assertThat(mvc.get().uri("/bodies/" + body).with(TestUsers.partner("NZL"))).hasStatusOk()
			.bodyText()
			.doesNotContain(id);
		assertThat(mvc.get().uri("/api/v1/meetings/" + id)).hasStatus(401);
		assertThat(mvc.post()
			.uri("/api/v1/bodies/" + body + "/meetings")
			.with(TestUsers.partner("JPN"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "2015-02-10", "releasability": "PARTNER"}""")).hasStatus(403);
	}

	@Test
	void formErrorsStandBesideTheirFieldsAndNothingIsSaved() throws Exception {
		String body = body("NZL");

		MvcTestResult result = mvc.post()
			.uri("/bodies/" + body + "/meetings")
			.with(TestUsers.nato())
			.with(csrf())
			.param("date", "2015-13-40")
			.param("place", "Wellington refused")
			.param("participants", "Ministry of Defence | NZL\nNATO IS | New Zealand")
			.param("decisions", "Adopt the goals.")
			.param("reviewedNodes", "parp-2015 G-01\nPARP")
			.param("releasability", "PARTNER")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"date-error\"")
			.contains("id=\"participants-error\"")
			.contains("Line 2: 'New Zealand' is not a nation code")
			.contains("id=\"reviewedNodes-error\"");
		assertThat(mvc.get().uri("/api/v1/bodies/" + body + "/meetings?size=200").with(TestUsers.nato())).bodyText()
			.doesNotContain("Wellington refused");

		MvcTestResult saved = mvc.post()
			.uri("/bodies/" + body + "/meetings")
			.with(TestUsers.nato())
			.with(csrf())
			.param("date", "2015-02-10")
			.param("place", "Wellington saved")
			.param("ref", "wellington-" + System.nanoTime())
			.param("participants", "Ministry of Defence | NZL\nNATO International Staff")
			.param("decisions", "Adopt the goals.")
			.param("reviewedNodes", "parp-2015 G-01")
			.param("releasability", "PARTNER")
			.exchange();
		assertThat(saved).hasStatus3xxRedirection();
		String location = saved.getResponse().getRedirectedUrl();
		assertThat(mvc.get().uri(location).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Wellington saved", "G-01");

		MvcTestResult badAction = mvc.post()
			.uri(location + "/actions")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")
			.param("text", "")
			.param("dueOn", "soon")
			.exchange();
		assertThat(badAction).hasStatusOk();
		assertThat(badAction).bodyText().contains("id=\"text-error\"").contains("id=\"dueOn-error\"");
		assertThat(mvc.get().uri("/api/v1" + location).with(TestUsers.nato())).bodyJson()
			.extractingPath("$.actions")
			.asArray()
			.isEmpty();
	}

	@Test
	void htmxActionMoveAnswersWithTheRowOnly() throws Exception {
		Map<?, ?> meeting = addMeeting(body("NZL"), "Wellington htmx", "PARTNER");
		String id = (String) meeting.get("id");
		String first = actionId(meeting, 0);
		String second = actionId(meeting, 1);

		MvcTestResult result = mvc.post()
			.uri("/meetings/" + id + "/actions/" + first + "/done")
			.with(TestUsers.nato())
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.exchange();

		assertThat(result).hasStatusOk();
		String html = result.getResponse().getContentAsString();
		assertThat(html.strip()).startsWith("<tr id=\"action-" + first + "\"");
		assertThat(html).contains("Done").doesNotContain("<html").doesNotContain("action-" + second);
		assertThat(html).contains("id=\"meeting-version\"").contains("value=\"1\"");

		// The next row's form still holds version 0; the refreshed meetingVersion wins.
		assertThat(mvc.post()
			.uri("/meetings/" + id + "/actions/" + second + "/drop")
			.with(TestUsers.nato())
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.param("meetingVersion", "1")).hasStatusOk().bodyText().contains("Dropped");
	}

}
