package org.liaison.plan;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.shared.Audience;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
class PlanControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlanService plans;

	@Autowired
	PlanProgressService progress;

	void partner(String nation) {
		TestPartners.ensure(mvc, nation);
	}

	MvcTestResult post(String uri, RequestPostProcessor user, String json) {
		return mvc.post().uri(uri).with(user).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	String id(MvcTestResult result) {
		assertThat(result).hasStatus(201);
		try {
			return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A PARP plan of the nation with a cycle and two goals; answers the plan's id. */
	String plan(String nation) {
		partner(nation);
		String ref = "parp-" + UUID.randomUUID().toString().substring(0, 8);
		String id = id(post("/api/v1/partners/" + nation + "/plans", TestUsers.nato(),
				"""
						{"ref": "%s", "type": "PARP", "title": "PARP %s", "periodFrom": "2014", "periodTo": "2016", "releasability": "PARTNER"}
						"""
					.formatted(ref, ref)));
		id(post("/api/v1/plans/" + id + "/nodes", TestUsers.nato(), """
				{"code": "C2014", "title": "Cycle 2014"}"""));
		id(post("/api/v1/plans/" + id + "/nodes", TestUsers.nato(),
				"""
						{"code": "G1", "parent": "C2014", "title": "Logistics goal", "lead": "MoD", "target": "2016", "area": "logistics"}"""));
		return id;
	}

	String nodeId(String plan, String code) {
		return progress.details(UUID.fromString(plan), Audience.alliance())
			.nodes()
			.stream()
			.filter(n -> n.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
	}

	String round(String plan, String cycle) {
		return id(post("/api/v1/plans/" + plan + "/assessment-rounds", TestUsers.nato(), """
				{"cycle": "%s"}""".formatted(cycle)));
	}

	@Test
	void theTreeComesWithLatestRatingsAndRollups() {
		String plan = plan("ISR");
		String goal = nodeId(plan, "G1");
		id(post("/api/v1/nodes/" + goal + "/assessments", TestUsers.nato(), """
				{"on": "2015-01-10", "rating": "DELAYED", "source": "NATO", "cycle": "PARP assessment 2015"}"""));
		id(post("/api/v1/nodes/" + goal + "/assessments", TestUsers.nato(), """
				{"on": "2015-06-30", "rating": "ACHIEVED", "source": "NATO", "cycle": "PARP assessment 2015"}"""));
		assertThat(mvc.get().uri("/api/v1/plans/" + plan).with(TestUsers.nato())).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.nodes[0].code").isEqualTo("C2014");
				assertThat(json).extractingPath("$.nodes[0].levelName").isEqualTo("cycle");
				assertThat(json).extractingPath("$.nodes[0].rollup.achievedPercent").isEqualTo(100);
				assertThat(json).extractingPath("$.nodes[1].latest.rating").isEqualTo("ACHIEVED");
				assertThat(json).extractingPath("$.nodes[1].levelName").isEqualTo("partnership goal");
			});
	}

	@Test
	void aPartnerSelfAssessesItsOwnPlanOnlyAndInAnOpenRound() {
		String mine = plan("ISR");
		String other = plan("MNG");
		String goal = nodeId(mine, "G1");
		String body = """
				{"on": "2015-06-30", "rating": "ON_TRACK", "source": "NATO", "narrative": "Self"}""";
		// No round open yet: refused.
		assertThat(post("/api/v1/nodes/" + goal + "/assessments", TestUsers.partner("ISR"), body)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("open assessment round");
		round(mine, "PARP assessment 2015");
		MvcTestResult created = post("/api/v1/nodes/" + goal + "/assessments", TestUsers.partner("ISR"), body);
		assertThat(created).hasStatus(201).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.source").isEqualTo("SELF");
			assertThat(json).extractingPath("$.releasability").isEqualTo("PARTNER");
			assertThat(json).extractingPath("$.cycle").isEqualTo("PARP assessment 2015");
		});
		round(other, "PARP assessment 2015");
		assertThat(post("/api/v1/nodes/" + nodeId(other, "G1") + "/assessments", TestUsers.partner("ISR"), body))
			.hasStatus(404);
		// Nor may a partner open or approve rounds.
		assertThat(post("/api/v1/plans/" + mine + "/assessment-rounds", TestUsers.partner("ISR"), "{\"cycle\": \"x\"}"))
			.hasStatus(403);
	}

	@Test
	void aNatoAssessmentIsInvisibleToThePartner() {
		String plan = plan("ISR");
		String goal = nodeId(plan, "G1");
		String id = id(post("/api/v1/nodes/" + goal + "/assessments", TestUsers.nato(), """
				{"on": "2015-06-30", "rating": "AT_RISK", "source": "NATO", "narrative": "Confidential judgement"}"""));
		assertThat(mvc.get().uri("/api/v1/plans/" + plan).with(TestUsers.partner("ISR"))).hasStatusOk()
			.bodyText()
			.doesNotContain("Confidential judgement")
			.doesNotContain("AT_RISK");
		assertThat(mvc.get().uri("/api/v1/assessments/" + id).with(TestUsers.partner("ISR"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/partners/ISR/progress").with(TestUsers.partner("ISR"))).hasStatusOk()
			.bodyText()
			.doesNotContain("AT_RISK");
		assertThat(mvc.get().uri("/plans/" + plan).with(TestUsers.partner("ISR"))).hasStatusOk()
			.bodyText()
			.doesNotContain("rating-AT_RISK");
		assertThat(mvc.get().uri("/api/v1/plans/" + plan).with(TestUsers.partner("MNG"))).hasStatus(404);
	}

	@Test
	void approvingARoundLocksItsAssessments() {
		String plan = plan("ISR");
		String round = round(plan, "PARP assessment 2015");
		String assessment = id(
				post("/api/v1/nodes/" + nodeId(plan, "G1") + "/assessments", TestUsers.partner("ISR"), """
						{"on": "2015-06-30", "rating": "ON_TRACK"}"""));
		assertThat(mvc.post().uri("/api/v1/assessment-rounds/" + round + "/approve").with(TestUsers.nato()))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("APPROVED");
		assertThat(mvc.put()
			.uri("/api/v1/assessments/" + assessment)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"on": "2015-06-30", "rating": "ACHIEVED"}""")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("a later correction is a new assessment");
		assertThat(mvc.delete()
			.uri("/api/v1/assessments/" + assessment)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")).hasStatus(409);
		// Nor may the partner add to the approved round.
		assertThat(post("/api/v1/nodes/" + nodeId(plan, "G1") + "/assessments", TestUsers.partner("ISR"), """
				{"on": "2015-07-01", "rating": "ACHIEVED"}""")).hasStatus(409);
	}

	@Test
	void aCsvWithBadRowsListsEveryOneAndWritesNothing() {
		String plan = plan("ISR");
		long version = plans.plan(UUID.fromString(plan), Audience.alliance()).version();
		String csv = """
				code,parent code,title,lead,target
				G2,C2014,Human resources goal,MoD,2016
				G3,NOPE,Missing parent,,2016
				G4,C2014,,MoD,2016
				G5,C2014,Late goal,,2019
				G6,C2014,Bad date,,spring
				""";
		assertThat(mvc.post()
			.uri("/api/v1/plans/" + plan + "/tree.csv")
			.with(TestUsers.nato())
			.contentType("text/csv")
			.content(csv)).hasStatus(400).bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.errors[*].field")
					.asArray()
					.contains("line 3", "line 4", "line 5", "line 6");
				assertThat(json).extractingPath("$.errors[*].field").asArray().doesNotContain("line 2");
			});
		assertThat(plans.plan(UUID.fromString(plan), Audience.alliance()).version()).isEqualTo(version);
		assertThat(progress.details(UUID.fromString(plan), Audience.alliance()).nodes()).hasSize(2);

		String good = """
				code,parent code,title,lead,target
				G2,C2014,Human resources goal,MoD,2016
				G1,C2014,Logistics goal,MoD,2016
				""";
		assertThat(mvc.post()
			.uri("/api/v1/plans/" + plan + "/tree.csv")
			.with(TestUsers.nato())
			.contentType("text/csv")
			.content(good)).hasStatusOk().bodyJson().extractingPath("$.added").isEqualTo(1);
		long after = plans.plan(UUID.fromString(plan), Audience.alliance()).version();
		assertThat(mvc.post()
			.uri("/api/v1/plans/" + plan + "/tree.csv")
			.with(TestUsers.nato())
			.contentType("text/csv")
			.content(good)).hasStatusOk().bodyJson().extractingPath("$.unchanged").isEqualTo(2);
		assertThat(plans.plan(UUID.fromString(plan), Audience.alliance()).version()).isEqualTo(after);
	}

	@Test
	void thePageAndItsHtmxFragment() {
		String plan = plan("ISR");
		assertThat(mvc.get().uri("/plans/" + plan).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("<html")
			.contains("id=\"tree\"")
			.contains("Logistics goal")
			.contains("<details");
		assertThat(
				mvc.get().uri("/plans/" + plan + "?area=medical").header("HX-Request", "true").with(TestUsers.nato()))
			.hasStatusOk()
			.bodyText()
			.doesNotContain("<html")
			.contains("id=\"tree\"")
			.doesNotContain("Logistics goal");
		assertThat(mvc.get().uri("/plans/" + plan + "/nodes/C2014/children").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Logistics goal");
		assertThat(mvc.get().uri("/plans/" + plan + "/gantt").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("<svg");
		assertThat(mvc.get().uri("/partners/ISR/plans").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("PARP");
		assertThat(mvc.get().uri("/partners/ISR/progress").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("data-chart-id=\"area-chart-data\"")
			.contains("application/json");
		assertThat(mvc.get().uri("/progress").with(TestUsers.partner("ISR"))).hasStatusOk()
			.bodyText()
			.contains("partner-ISR")
			.doesNotContain("partner-MNG");
	}

	@Test
	void validationIsShownBesideTheFieldsAndNothingIsWritten() {
		String plan = plan("ISR");
		assertThat(mvc.post()
			.uri("/plans/" + plan + "/nodes")
			.with(TestUsers.nato())
			.with(csrf())
			.param("code", "G9")
			.param("parent", "G9")
			.param("title", "")
			.param("target", "soon")).hasStatusOk()
			.bodyText()
			.contains("id=\"title-error\"")
			.contains("id=\"target-error\"");
		assertThat(progress.details(UUID.fromString(plan), Audience.alliance()).nodes()).hasSize(2);
		assertThat(post("/api/v1/plans/" + plan + "/nodes", TestUsers.nato(), """
				{"code": "C2014", "title": "Again"}""")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("code");
		assertThat(post("/api/v1/plans/" + plan + "/nodes", TestUsers.nato(), """
				{"code": "X", "parent": "G1", "title": "Too deep"}""")).hasStatus(400);
	}

	@Test
	void aStaleIfMatchIsRefusedAndIllegalMovesToo() {
		String plan = plan("ISR");
		long version = plans.plan(UUID.fromString(plan), Audience.alliance()).version();
		assertThat(mvc.put()
			.uri("/api/v1/plans/" + plan)
			.with(TestUsers.nato())
			.header("If-Match", "\"" + (version - 1) + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "PARP", "title": "Renamed", "releasability": "PARTNER"}""")).hasStatus(409);
		assertThat(mvc.post()
			.uri("/api/v1/plans/" + plan + "/moves/complete")
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version + "\"")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("cannot be completed");
		assertThat(mvc.post()
			.uri("/api/v1/plans/" + plan + "/moves/submit")
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version + "\"")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("SUBMITTED");
	}

}
