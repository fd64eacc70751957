package org.liaison;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * On PostgreSQL, every path of the benchmark set that the public page's and the
 * programme's and menu's plan tests do not walk reads the large tables through an index,
 * as {@link QueryPlans} explains its statements: the partner's overview, its API, a page
 * of its agreements and of its milestones, its timeline, a plan's page, tree and the
 * partner's progress, an activity, an event with its fill, a fund project and its ledger,
 * a window of the calendar, the dossier. Every table is large but the reference lists,
 * small by nature ({@link QueryPlans#REFERENCE_LISTS}). Skipped on H2, whose plans say
 * nothing of PostgreSQL's. Bhutan is this class's partner.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BenchmarkPathPlansTests {

	static final String NATION = "BTN";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DataSource dataSource;

	@Test
	void everyOtherPathOfTheBenchmarkReadsTheLargeTablesThroughAnIndex() {
		assumeTrue(QueryPlans.onPostgresql(dataSource), "plans of PostgreSQL only");
		QueryPlans plans = new QueryPlans(dataSource, QueryPlans.everyTableBut(dataSource, QueryPlans.REFERENCE_LISTS),
				Set.of());
		mvc.post()
			.uri("/api/v1/nations")
			.with(TestUsers.admin())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\": \"BTN\", \"name\": \"Bhutan\", \"nameFr\": \"Bhoutan\", \"articleFr\": \"le\"}")
			.exchange();
		TestPartners.ensure(mvc, NATION);
		PartnerRecord record = new PartnerRecord(mvc, NATION, LocalDate.now().getYear() + 8).make();
		// Two of each, so that a page after the first holds one.
		record.more();

		Map<String, List<String>> problems = new LinkedHashMap<>();
		record.paths()
			.forEach((path, reader) -> problems.put(path,
					plans.problemsOf(path,
							() -> assertThat(mvc.get()
								.uri(path)
								.with(reader)
								.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON, MediaType.ALL)).as(path)
								.hasStatusOk())));
		assertThat(problems).allSatisfy((path, found) -> assertThat(found).as(path).isEmpty());
	}

}
