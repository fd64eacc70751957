package org.liaison.plan;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.TestCodes;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.StatementCounting.statementsOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What a plan's history of assessments adds up to, read as its readers read it: each
 * node's latest rating, the roll-ups above it, each cycle's share achieved, and the
 * history itself a page at a time. Plans are made for Turkmenistan.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanHistoryTests {

	static final String NATION = "TKM";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	PlanProgressService progress;

	MvcTestResult post(String uri, RequestPostProcessor user, String json) {
		return mvc.post().uri(uri).with(user).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	String id(MvcTestResult result) {
		assertThat(result).hasStatus(201);
		try {
			return JsonPath.read(result.getResponse().getContentAsString(), "$.id");
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A PARP plan the partner may read, with a cycle and the given goals under it. */
	String plan(String... goals) {
		TestPartners.ensure(mvc, NATION);
		String ref = "parp-" + TestCodes.lowerLetters(8);
		String plan = id(post("/api/v1/partners/" + NATION + "/plans", TestUsers.nato(), """
				{"ref": "%s", "type": "PARP", "title": "PARP %s", "periodFrom": "2012", "periodTo": "2016",
				 "releasability": "PARTNER"}""".formatted(ref, ref)));
		id(post("/api/v1/plans/" + plan + "/nodes", TestUsers.nato(), """
				{"code": "C2014", "title": "Cycle 2014"}"""));
		for (String goal : goals) {
			id(post("/api/v1/plans/" + plan + "/nodes", TestUsers.nato(), """
					{"code": "%s", "parent": "C2014", "title": "Goal %s"}""".formatted(goal, goal)));
		}
		return plan;
	}

	String node(String plan, String code) {
		return progress.details(UUID.fromString(plan), Audience.alliance())
			.nodes()
			.stream()
			.filter(n -> n.code().equals(code))
			.findFirst()
			.orElseThrow()
			.id()
			.toString();
	}

	/**
	 * An assessment of the node as NATO staff record it: a partner's own (SELF), which
	 * the partner reads, or NATO's, which it never does.
	 */
	String assess(String node, String on, String rating, String cycle, String source) {
		return id(post("/api/v1/nodes/" + node + "/assessments", TestUsers.nato(), """
				{"on": "%s", "rating": "%s", "source": "%s", "cycle": "%s"}""".formatted(on, rating, source, cycle)));
	}

	@Test
	void eachNodeShowsItsLatestAssessmentByDateThenByTheOrderRecorded() {
		String plan = plan("G1", "G2");
		String g1 = node(plan, "G1");
		String earlier = "Cycle " + TestCodes.letters(6);
		String later = "Cycle " + TestCodes.letters(6);
		assess(g1, "2015-06-30", "ON_TRACK", earlier, "SELF");
		assess(g1, "2013-06-30", "AT_RISK", earlier, "SELF");
		assess(g1, "2015-06-30", "DELAYED", later, "SELF");
		assess(node(plan, "G2"), "2015-01-01", "ACHIEVED", later, "SELF");

		assertThat(mvc.get().uri("/api/v1/plans/" + plan).with(TestUsers.nato())).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.nodes[1].code").isEqualTo("G1");
				assertThat(json).extractingPath("$.nodes[1].latest.rating").isEqualTo("DELAYED");
				assertThat(json).extractingPath("$.nodes[2].latest.rating").isEqualTo("ACHIEVED");
				assertThat(json).extractingPath("$.nodes[0].rollup.achievedPercent").isEqualTo(50);
				assertThat(json).extractingPath("$.nodes[0].rollup.worst").isEqualTo("DELAYED");
				assertThat(json).extractingPath("$.rollup.total").isEqualTo(2);
			});
		// In each cycle a goal counts by its latest rating there.
		ProgressSummary summary = progress.progress(NationCode.of(NATION), Audience.alliance());
		assertThat(summary.cycles()).filteredOn(c -> c.cycle().equals(earlier))
			.singleElement()
			.satisfies(c -> assertThat(c.assessed()).isEqualTo(1))
			.satisfies(c -> assertThat(c.achieved()).isZero());
		assertThat(summary.cycles()).filteredOn(c -> c.cycle().equals(later))
			.singleElement()
			.satisfies(c -> assertThat(c.assessed()).isEqualTo(2))
			.satisfies(c -> assertThat(c.achievedPercent()).isEqualTo(50));
	}

	@Test
	void aPartnerSeesTheLatestOfTheAssessmentsReleasedToIt() {
		String plan = plan("G1");
		String g1 = node(plan, "G1");
		String cycle = "Cycle " + TestCodes.letters(6);
		assess(g1, "2014-06-30", "ACHIEVED", cycle, "SELF");
		assess(g1, "2015-06-30", "AT_RISK", cycle, "NATO");

		assertThat(mvc.get().uri("/api/v1/plans/" + plan).with(TestUsers.nato())).hasStatusOk()
			.bodyJson()
			.extractingPath("$.nodes[1].latest.rating")
			.isEqualTo("AT_RISK");
		assertThat(mvc.get().uri("/api/v1/plans/" + plan).with(TestUsers.partner(NATION))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.nodes[1].latest.rating").isEqualTo("ACHIEVED");
				assertThat(json).extractingPath("$.assessments.total").isEqualTo(1);
			});
		ProgressSummary summary = progress.progress(NationCode.of(NATION), Audience.partner(NationCode.of(NATION)));
		assertThat(summary.cycles()).filteredOn(c -> c.cycle().equals(cycle))
			.singleElement()
			.satisfies(c -> assertThat(c.achievedPercent()).isEqualTo(100));
	}

	@Test
	void theHistoryComesAPageAtATimeTheLatestRecordedFirst() {
		String plan = plan("G1");
		String g1 = node(plan, "G1");
		List<String> recorded = new ArrayList<>();
		for (int day = 1; day <= 30; day++) {
			recorded.add(assess(g1, "2014-06-%02d".formatted(day), "ON_TRACK", "Cycle 2014", "SELF"));
		}

		assertThat(mvc.get().uri("/api/v1/plans/" + plan).with(TestUsers.nato())).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.assessments.total").isEqualTo(30);
				assertThat(json).extractingPath("$.assessments.items.length()").isEqualTo(25);
				assertThat(json).extractingPath("$.assessments.items[0].id").isEqualTo(recorded.get(29));
			});
		assertThat(mvc.get().uri("/api/v1/plans/" + plan + "?page=1").with(TestUsers.nato())).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.assessments.items.length()").isEqualTo(5);
				assertThat(json).extractingPath("$.assessments.items[4].id").isEqualTo(recorded.get(0));
			});
		assertThat(mvc.get().uri("/plans/" + plan).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("id=\"assessment-" + recorded.get(29) + "\"")
			.doesNotContain("id=\"assessment-" + recorded.get(0) + "\"")
			.contains("/plans/" + plan + "?page=1");
		assertThat(mvc.get().uri("/plans/" + plan + "?page=1").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("id=\"assessment-" + recorded.get(0) + "\"");

		// A corrected assessment is shown on the page that holds it.
		assertThat(mvc.post()
			.uri("/assessments/" + recorded.get(0) + "/edit")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")
			.param("on", "2014-06-01")
			.param("rating", "DELAYED")).hasStatus(302)
			.hasRedirectedUrl("/plans/" + plan + "?page=1#assessment-" + recorded.get(0));
	}

	@Test
	void thePlansPageRunsAsManyStatementsForALongHistoryAsForAShortOne() {
		String few = plan("G1");
		assess(node(few, "G1"), "2014-06-30", "ON_TRACK", "Cycle 2014", "SELF");
		String many = plan("G1", "G2", "G3", "G4", "G5");
		for (String goal : List.of("G1", "G2", "G3", "G4", "G5")) {
			String node = node(many, goal);
			for (int day = 1; day <= 6; day++) {
				assess(node, "2014-06-%02d".formatted(day), "ON_TRACK", "Cycle 2014", "SELF");
			}
		}

		assertThat(statements("/plans/" + many)).isEqualTo(statements("/plans/" + few));
		assertThat(statements("/api/v1/plans/" + many)).isEqualTo(statements("/api/v1/plans/" + few));
	}

	private long statements(String path) {
		return statementsOf(() -> assertThat(mvc.get().uri(path).with(TestUsers.nato())).hasStatusOk());
	}

}
