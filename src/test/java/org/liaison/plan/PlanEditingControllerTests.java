package org.liaison.plan;

import java.io.UnsupportedEncodingException;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The page forms that revise a plan, revise, move and delete its nodes, and correct or
 * delete assessments. Plans are made for ISR (and MNG as another partner), the nations
 * the plan tests keep their records on; each test makes plans of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanEditingControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlanService plans;

	@Autowired
	PlanProgressService progress;

	@Autowired
	PlanAssessmentService assessments;

	// Records made through the API, as NATO staff and partners make them

	MvcTestResult api(String uri, RequestPostProcessor user, String json) {
		return mvc.post().uri(uri).with(user).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	static String id(MvcTestResult result) {
		assertThat(result).hasStatus(201);
		try {
			return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A PARP plan (levels: cycle, partnership goal) with the cycle C2014 and its goal G1;
	 * answers the plan's id.
	 */
	String plan(String nation) {
		TestPartners.ensure(mvc, nation);
		String ref = "parp-edit-" + UUID.randomUUID().toString().substring(0, 8);
		String id = id(api("/api/v1/partners/" + nation + "/plans", TestUsers.nato(),
				"""
						{"ref": "%s", "type": "PARP", "title": "PARP %s", "periodFrom": "2014", "periodTo": "2016", "releasability": "PARTNER"}
						"""
					.formatted(ref, ref)));
		addNode(id, """
				{"code": "C2014", "title": "Cycle 2014"}""");
		addNode(id,
				"""
						{"code": "G1", "parent": "C2014", "title": "Logistics goal", "lead": "MoD", "target": "2016", "area": "logistics"}""");
		return id;
	}

	void addNode(String plan, String json) {
		id(api("/api/v1/plans/" + plan + "/nodes", TestUsers.nato(), json));
	}

	NodeSummary node(String plan, String code) {
		return progress.details(UUID.fromString(plan), Audience.alliance())
			.nodes()
			.stream()
			.filter(n -> n.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	PlanSummary summary(String plan) {
		return plans.plan(UUID.fromString(plan), Audience.alliance());
	}

	void openRound(String plan) {
		id(api("/api/v1/plans/" + plan + "/assessment-rounds", TestUsers.nato(), """
				{"cycle": "PARP assessment 2015"}"""));
	}

	String assess(String plan, String code, RequestPostProcessor user, String json) {
		return id(api("/api/v1/nodes/" + node(plan, code).id() + "/assessments", user, json));
	}

	AssessmentSummary assessment(String id) {
		return assessments.assessment(UUID.fromString(id), Audience.alliance());
	}

	/** A page form's POST, as the browser sends it: with the session's CSRF token. */
	MockMvcRequestBuilder form(String uri, RequestPostProcessor user) {
		return mvc.post().uri(uri).with(user).with(csrf());
	}

	String page(String plan, RequestPostProcessor user) {
		MvcTestResult result = mvc.get().uri("/plans/" + plan).with(user).exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	// The plan

	@Test
	void staffReviseAPlanThroughItsFormAndSeeTheChangeWhateverItsStatus() {
		String plan = plan("ISR");
		plans.move(UUID.fromString(plan), summary(plan).version(), PlanMove.SUBMIT);
		PlanSummary before = summary(plan);
		assertThat(mvc.get().uri("/plans/" + plan + "/edit").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("value=\"" + before.title() + "\"")
			.contains("name=\"version\" value=\"" + before.version() + "\"")
			.contains("Submitted");

		assertThat(form("/plans/" + plan + "/edit", TestUsers.nato()).param("version", String.valueOf(before.version()))
			.param("ref", before.ref())
			.param("type", "PARP")
			.param("title", "Partnership goals 2014-2016")
			.param("periodFrom", "2014")
			.param("periodTo", "2017")
			.param("publicSummary", "Goals agreed with the Alliance.")
			.param("releasability", "PARTNER")).hasStatus(302).hasRedirectedUrl("/plans/" + plan);

		assertThat(page(plan, TestUsers.nato())).contains("Partnership goals 2014-2016")
			.contains("Goals agreed with the Alliance.");
		assertThat(summary(plan).status()).isEqualTo(PlanStatus.SUBMITTED);
		assertThat(summary(plan).periodTo()).hasToString("2017");
	}

	@Test
	void badPlanInputComesBackBesideItsFieldsAndChangesNothing() {
		String plan = plan("ISR");
		PlanSummary before = summary(plan);
		assertThat(form("/plans/" + plan + "/edit", TestUsers.nato()).param("version", String.valueOf(before.version()))
			.param("ref", before.ref())
			.param("type", "PARP")
			.param("title", "")
			.param("periodFrom", "2014")
			.param("periodTo", "someday")
			.param("releasability", "PARTNER")).hasStatusOk()
			.bodyText()
			.contains("id=\"title-error\"")
			.contains("id=\"periodTo-error\"")
			.contains("value=\"someday\"");
		// The tree's goal is due in 2016: a period ending before is refused by the
		// service, beside its field.
		assertThat(form("/plans/" + plan + "/edit", TestUsers.nato()).param("version", String.valueOf(before.version()))
			.param("ref", before.ref())
			.param("type", "PARP")
			.param("title", "Shortened")
			.param("periodFrom", "2014")
			.param("periodTo", "2015")
			.param("releasability", "PARTNER")).hasStatusOk()
			.bodyText()
			.contains("id=\"periodTo-error\"")
			.contains("after the end of the plan");
		assertThat(summary(plan).title()).isEqualTo(before.title());
		assertThat(summary(plan).version()).isEqualTo(before.version());
	}

	@Test
	void aStaleVersionIsRefusedWithTheMessageAndChangesNothing() {
		String plan = plan("ISR");
		PlanSummary before = summary(plan);
		assertThat(form("/plans/" + plan + "/edit", TestUsers.nato())
			.param("version", String.valueOf(before.version() - 1))
			.param("ref", before.ref())
			.param("type", "PARP")
			.param("title", "Overwritten")
			.param("releasability", "PARTNER")).hasStatus(409)
			.bodyText()
			.contains("was changed by someone else since you opened it");
		assertThat(summary(plan).title()).isEqualTo(before.title());

		NodeSummary goal = node(plan, "G1");
		assertThat(form("/nodes/" + goal.id() + "/edit", TestUsers.nato())
			.param("version", String.valueOf(goal.version() + 1))
			.param("code", "G1")
			.param("title", "Overwritten goal")).hasStatus(409).bodyText().contains("was changed by someone else");
		assertThat(form("/nodes/" + goal.id() + "/move", TestUsers.nato())
			.param("version", String.valueOf(goal.version() + 1))
			.param("parent", "")).hasStatus(409);
		assertThat(node(plan, "G1").title()).isEqualTo("Logistics goal");
		assertThat(node(plan, "G1").parent()).isEqualTo("C2014");
	}

	// Nodes

	@Test
	void staffReviseANodeThroughItsFormAndItKeepsItsPlace() {
		String plan = plan("ISR");
		NodeSummary goal = node(plan, "G1");
		assertThat(mvc.get().uri("/nodes/" + goal.id() + "/edit").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("value=\"Logistics goal\"")
			.contains("name=\"version\" value=\"" + goal.version() + "\"");

		assertThat(
				form("/nodes/" + goal.id() + "/edit", TestUsers.nato()).param("version", String.valueOf(goal.version()))
					.param("code", "G1")
					.param("title", "Fuel logistics goal")
					.param("lead", "General Staff")
					.param("target", "2016-06")
					.param("area", "logistics")
					.param("supporters", "USA\nNLD"))
			.hasStatus(302)
			.hasRedirectedUrl("/plans/" + plan + "#node-G1");

		assertThat(mvc.get().uri("/plans/" + plan + "/nodes/C2014/children").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Fuel logistics goal")
			.contains("General Staff");
		NodeSummary after = node(plan, "G1");
		assertThat(after.parent()).isEqualTo("C2014");
		assertThat(after.supporters()).containsExactly("USA", "NLD");
	}

	@Test
	void badNodeInputComesBackBesideItsFieldsAndChangesNothing() {
		String plan = plan("ISR");
		NodeSummary goal = node(plan, "G1");
		assertThat(
				form("/nodes/" + goal.id() + "/edit", TestUsers.nato()).param("version", String.valueOf(goal.version()))
					.param("code", "G 1")
					.param("title", "")
					.param("target", "soon"))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"code-error\"")
			.contains("id=\"title-error\"")
			.contains("id=\"target-error\"")
			.contains("value=\"soon\"");
		// The code of another node: refused by the tree's rules, beside the code.
		assertThat(
				form("/nodes/" + goal.id() + "/edit", TestUsers.nato()).param("version", String.valueOf(goal.version()))
					.param("code", "C2014")
					.param("title", "Logistics goal"))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"code-error\"")
			.contains("used twice");
		assertThat(node(plan, "G1").title()).isEqualTo("Logistics goal");
		assertThat(node(plan, "G1").version()).isEqualTo(goal.version());
	}

	@Test
	void movingANodeUnderAnotherParentShowsItThere() {
		String plan = plan("ISR");
		addNode(plan, """
				{"code": "C2015", "title": "Cycle 2015"}""");
		NodeSummary goal = node(plan, "G1");
		// Only the cycles may take a goal: not the goal itself, and no goal, being the
		// last level.
		assertThat(mvc.get().uri("/nodes/" + goal.id() + "/edit").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("<option value=\"C2015\"")
			.contains("<option value=\"C2014\"")
			.doesNotContain("<option value=\"G1\"");

		assertThat(
				form("/nodes/" + goal.id() + "/move", TestUsers.nato()).param("version", String.valueOf(goal.version()))
					.param("parent", "C2015")
					.param("position", ""))
			.hasStatus(302)
			.hasRedirectedUrl("/plans/" + plan + "#node-G1");

		assertThat(mvc.get().uri("/plans/" + plan + "/nodes/C2015/children").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("Logistics goal");
		assertThat(mvc.get().uri("/plans/" + plan + "/nodes/C2014/children").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.doesNotContain("Logistics goal");
	}

	@Test
	void aMoveTheTreeRefusesComesBackBesideTheParentAndChangesNothing() {
		String plan = plan("ISR");
		addNode(plan, """
				{"code": "C2015", "title": "Cycle 2015"}""");
		NodeSummary cycle = node(plan, "C2014");
		// A cycle with goals under another cycle would put its goals below the last
		// level.
		assertThat(form("/nodes/" + cycle.id() + "/move", TestUsers.nato())
			.param("version", String.valueOf(cycle.version()))
			.param("parent", "C2015")).hasStatusOk().bodyText().contains("id=\"parent-error\"").contains("levels");
		assertThat(form("/nodes/" + cycle.id() + "/move", TestUsers.nato())
			.param("version", String.valueOf(cycle.version()))
			.param("parent", "")
			.param("position", "first")).hasStatusOk().bodyText().contains("id=\"position-error\"");
		assertThat(node(plan, "C2014").parent()).isNull();
		assertThat(node(plan, "G1").parent()).isEqualTo("C2014");
	}

	@Test
	void deletingANodeTheServiceRefusesShowsWhyAndKeepsIt() {
		String plan = plan("ISR");
		assess(plan, "G1", TestUsers.nato(), """
				{"on": "2015-06-30", "rating": "ON_TRACK", "source": "NATO"}""");
		NodeSummary goal = node(plan, "G1");
		NodeSummary cycle = node(plan, "C2014");
		assertThat(form("/nodes/" + goal.id() + "/delete", TestUsers.nato()).param("version",
				String.valueOf(goal.version())))
			.hasStatus(409)
			.bodyText()
			.contains("has assessments, which are history");
		assertThat(form("/nodes/" + cycle.id() + "/delete", TestUsers.nato())
			.param("version", String.valueOf(cycle.version()))
			.header("HX-Request", "true")).hasStatus(409).bodyText().contains("has children").doesNotContain("<html");
		assertThat(progress.details(UUID.fromString(plan), Audience.alliance()).nodes()).extracting(NodeSummary::code)
			.containsExactly("C2014", "G1");

		addNode(plan, """
				{"code": "G2", "parent": "C2014", "title": "Recorded by mistake"}""");
		NodeSummary mistake = node(plan, "G2");
		assertThat(form("/nodes/" + mistake.id() + "/delete", TestUsers.nato())
			.param("version", String.valueOf(mistake.version()))
			.header("HX-Request", "true")).hasStatusOk().bodyText().doesNotContain("Recorded by mistake");
		assertThat(page(plan, TestUsers.nato())).doesNotContain("Recorded by mistake");
	}

	@Test
	void aPartnerCannotOpenNorPostThePlanAndNodeForms() {
		String plan = plan("ISR");
		PlanSummary before = summary(plan);
		NodeSummary goal = node(plan, "G1");
		RequestPostProcessor partner = TestUsers.partner("ISR");
		assertThat(mvc.get().uri("/plans/" + plan + "/edit").with(partner)).hasStatus(403);
		assertThat(mvc.get().uri("/nodes/" + goal.id() + "/edit").with(partner)).hasStatus(403);
		assertThat(form("/plans/" + plan + "/edit", partner).param("version", String.valueOf(before.version()))
			.param("ref", before.ref())
			.param("type", "PARP")
			.param("title", "Renamed by the partner")).hasStatus(403);
		assertThat(form("/nodes/" + goal.id() + "/edit", partner).param("version", String.valueOf(goal.version()))
			.param("code", "G1")
			.param("title", "Renamed by the partner")).hasStatus(403);
		assertThat(form("/nodes/" + goal.id() + "/move", partner).param("version", String.valueOf(goal.version()))
			.param("parent", "")).hasStatus(403);
		assertThat(form("/nodes/" + goal.id() + "/delete", partner).param("version", String.valueOf(goal.version())))
			.hasStatus(403);
		assertThat(summary(plan).version()).isEqualTo(before.version());
		assertThat(node(plan, "G1").title()).isEqualTo("Logistics goal");
	}

	// Assessments

	@Test
	void aCoordinatorCorrectsAndDeletesItsOwnSelfAssessment() {
		String plan = plan("ISR");
		openRound(plan);
		String self = assess(plan, "G1", TestUsers.partner("ISR"), """
				{"on": "2015-06-30", "rating": "DELAYED", "narrative": "Fuel depots late"}""");
		RequestPostProcessor partner = TestUsers.partner("ISR");
		assertThat(mvc.get().uri("/assessments/" + self + "/edit").with(partner)).hasStatusOk()
			.bodyText()
			.contains("Fuel depots late")
			.contains("name=\"version\" value=\"0\"");

		assertThat(form("/assessments/" + self + "/edit", partner).param("version", "0")
			.param("on", "yesterday")
			.param("rating", "ACHIEVED")).hasStatusOk().bodyText().contains("id=\"on-error\"");
		assertThat(assessment(self).rating()).isEqualTo(Rating.DELAYED);

		assertThat(form("/assessments/" + self + "/edit", partner).param("version", "0")
			.param("on", "2015-07-01")
			.param("rating", "ACHIEVED")
			.param("narrative", "Depots built after all")).hasStatus(302)
			.hasRedirectedUrl("/plans/" + plan + "#assessment-" + self);
		assertThat(page(plan, partner)).contains("Depots built after all").doesNotContain("Fuel depots late");
		assertThat(assessment(self).source()).isEqualTo(AssessmentSource.SELF);

		// The page the partner opened before its own correction is stale now.
		assertThat(form("/assessments/" + self + "/delete", partner).param("version", "0")).hasStatus(409);
		assertThat(form("/assessments/" + self + "/delete", partner).param("version", "1")).hasStatus(302)
			.hasRedirectedUrl("/plans/" + plan);
		assertThat(page(plan, partner)).doesNotContain("Depots built after all");
	}

	@Test
	void aCoordinatorCannotChangeAnotherPartnersNorNatosAssessments() {
		String mine = plan("ISR");
		String theirs = plan("MNG");
		openRound(mine);
		openRound(theirs);
		String other = assess(theirs, "G1", TestUsers.partner("MNG"), """
				{"on": "2015-06-30", "rating": "ON_TRACK", "narrative": "Their own judgement"}""");
		String nato = assess(mine, "G1", TestUsers.nato(), """
				{"on": "2015-06-30", "rating": "AT_RISK", "source": "NATO", "narrative": "NATO judgement"}""");
		RequestPostProcessor partner = TestUsers.partner("ISR");
		for (String id : new String[] { other, nato }) {
			assertThat(mvc.get().uri("/assessments/" + id + "/edit").with(partner)).hasStatus(404);
			assertThat(form("/assessments/" + id + "/edit", partner).param("version", "0")
				.param("on", "2015-07-01")
				.param("rating", "CANCELLED")).hasStatus(404);
			assertThat(form("/assessments/" + id + "/delete", partner).param("version", "0")).hasStatus(404);
		}
		assertThat(assessment(other).rating()).isEqualTo(Rating.ON_TRACK);
		assertThat(assessment(nato).rating()).isEqualTo(Rating.AT_RISK);

		// A self-assessment NATO staff recorded outside any round is not the
		// coordinator's to correct.
		String outside = assess(plan("ISR"), "G1", TestUsers.nato(), """
				{"on": "2015-06-30", "rating": "ON_TRACK", "source": "SELF"}""");
		assertThat(form("/assessments/" + outside + "/edit", partner).param("version", "0")
			.param("on", "2015-07-01")
			.param("rating", "CANCELLED")).hasStatus(409).bodyText().contains("open assessment round");
		assertThat(assessment(outside).rating()).isEqualTo(Rating.ON_TRACK);
	}

	@Test
	void natoStaffCorrectTheirAssessmentsUntilTheRoundIsApproved() {
		String plan = plan("ISR");
		openRound(plan);
		String nato = assess(plan, "G1", TestUsers.nato(), """
				{"on": "2015-06-30", "rating": "AT_RISK", "source": "NATO", "narrative": "NATO judgement"}""");
		assertThat(form("/assessments/" + nato + "/edit", TestUsers.nato()).param("version", "0")
			.param("on", "2015-06-30")
			.param("rating", "DELAYED")
			.param("narrative", "NATO judgement, revised")).hasStatus(302);
		assertThat(assessment(nato).rating()).isEqualTo(Rating.DELAYED);
		assertThat(assessment(nato).source()).isEqualTo(AssessmentSource.NATO);

		UUID round = progress.details(UUID.fromString(plan), Audience.alliance()).openRound().orElseThrow().id();
		assessments.approveRound(round);
		assertThat(page(plan, TestUsers.nato())).contains("NATO judgement, revised")
			.doesNotContain("edit-assessment-" + nato);
		assertThat(form("/assessments/" + nato + "/edit", TestUsers.nato()).param("version", "1")
			.param("on", "2015-06-30")
			.param("rating", "ACHIEVED")).hasStatus(409).bodyText().contains("locked");
		assertThat(assessment(nato).rating()).isEqualTo(Rating.DELAYED);
	}

	@Test
	void theButtonsAppearOnlyForThoseWhoMay() {
		String plan = plan("ISR");
		openRound(plan);
		String self = assess(plan, "G1", TestUsers.partner("ISR"), """
				{"on": "2015-06-30", "rating": "ON_TRACK", "narrative": "Self judgement"}""");
		String nato = assess(plan, "G1", TestUsers.nato(), """
				{"on": "2015-06-30", "rating": "AT_RISK", "source": "NATO", "narrative": "NATO judgement"}""");

		assertThat(page(plan, TestUsers.nato())).contains("id=\"edit-plan\"")
			.contains("id=\"edit-node-C2014\"")
			.contains("id=\"edit-node-G1\"")
			.contains("id=\"delete-node-G1\"")
			// A node with children is never deleted: no button to be refused by.
			.doesNotContain("id=\"delete-node-C2014\"")
			.contains("id=\"edit-assessment-" + self + "\"")
			.contains("id=\"edit-assessment-" + nato + "\"")
			.contains("/assessments/" + self + "/delete");

		assertThat(page(plan, TestUsers.partner("ISR"))).contains("Self judgement")
			.contains("id=\"edit-assessment-" + self + "\"")
			.contains("/assessments/" + self + "/delete")
			.doesNotContain("NATO judgement")
			.doesNotContain("edit-assessment-" + nato)
			.doesNotContain("id=\"edit-plan\"")
			.doesNotContain("edit-node-")
			.doesNotContain("delete-node-");

		// An Ally reads every partnership's record and changes none of it.
		assertThat(page(plan, TestUsers.ally())).contains("Self judgement")
			.doesNotContain("edit-assessment-")
			.doesNotContain("edit-node-");
	}

}
