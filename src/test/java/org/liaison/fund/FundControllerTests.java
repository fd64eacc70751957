package org.liaison.fund;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.shared.Audience;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleRecordException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import org.liaison.timeline.TimelineService;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class FundControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ProjectService projects;

	@Autowired
	PortfolioService portfolios;

	@Autowired
	LedgerService ledgers;

	@Autowired
	ApplicationEvents events;

	@Autowired
	TimelineService timeline;

	/**
	 * Creates the partner unless an earlier test did: the database is shared by all
	 * tests.
	 */
	void partner(String nation) {
		TestPartners.ensure(mvc, nation);
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** Records a project through the API and answers its id. */
	String create(String nation, String title, String releasability, String status, String dates) {
		partner(nation);
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/" + nation + "/funds")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "%s", "objective": "Destroy surplus ammunition.", "leadNations": ["AUT", "NOR"],
					 "sector": "15250", "currency": "EUR", "status": "%s", %s
					 "phases": [{"name": "Phase 1", "start": "2013-07", "end": "2014", "budget": "1000000.00"},
					            {"name": "Phase 2", "start": "2015", "end": "2016", "budget": 500000.25}],
					 "illustrative": false, "launchText": "Launched.", "releasability": "%s"}
					""".formatted(title, status, dates, releasability))
			.exchange();
		assertThat(result).hasStatus(201);
		return result.getResponse().getHeader("Location").replace("/api/v1/funds/", "");
	}

	String running(String nation, String releasability) {
		return create(nation, unique("Demilitarisation"), releasability, "IN_EXECUTION",
				"\"actualStart\": \"2013-07\",");
	}

	long version(String id) {
		return projects.project(UUID.fromString(id), Audience.alliance()).version();
	}

	MvcTestResult post(String uri, long version, String json) {
		return mvc.post()
			.uri(uri)
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	MvcTestResult transaction(String id, String json) {
		return post("/api/v1/funds/" + id + "/transactions", version(id), json);
	}

	@Test
	void createdThroughTheApiAndReadBackWithFigures() {
		String id = running("AUT", "PUBLIC");
		assertThat(transaction(id, """
				{"kind": "RECEIPT", "nation": "AUT", "amount": "700000.10", "currency": "EUR", "on": "2013-08-01"}"""))
			.hasStatus(201);
		assertThat(transaction(id, """
				{"kind": "EXPENDITURE", "organisation": "international-organization-for-migration", "amount": 200000.05,
				 "currency": "EUR", "on": "2013-09-01", "note": "Demolition contract"}""")).hasStatus(201);

		assertThat(mvc.get().uri("/api/v1/funds/" + id)).hasStatusOk()
			.hasHeader("ETag", "\"2\"")
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.project.status").isEqualTo("IN_EXECUTION");
				assertThat(json).extractingPath("$.project.leadNations").asArray().containsExactly("AUT", "NOR");
				assertThat(json).extractingPath("$.figures.budget.amount").isEqualTo(1500000.25);
				assertThat(json).extractingPath("$.figures.received.amount").isEqualTo(700000.10);
				assertThat(json).extractingPath("$.figures.balance.amount").isEqualTo(500000.05);
				assertThat(json).extractingPath("$.transactions[1].seq").isEqualTo(2);
			});
		String ref = projects.project(UUID.fromString(id), Audience.alliance()).ref();
		assertThat(mvc.get().uri("/api/v1/partners/AUT/funds/" + ref)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.project.id")
			.isEqualTo(id);
		assertThat(events.stream(ProjectRevised.class)).anySatisfy(event -> {
			assertThat(event.facts().sourceId()).hasToString(id);
			assertThat(event.facts().entries()).extracting(e -> e.kind()).containsExactly("launched");
		});
	}

	@Test
	void badInputIsA400WithEveryFieldsProblem() {
		partner("AUT");
		assertThat(mvc.post()
			.uri("/api/v1/partners/AUT/funds")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title": "", "sector": "152", "currency": "EUR", "status": "SCOPING", "releasability": "PUBLIC"}""")
			.exchange()).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("title", "sector");

		String id = running("AUT", "PUBLIC");
		assertThat(transaction(id, """
				{"kind": "RECEIPT", "nation": "AUT", "amount": "-5", "currency": "EUR", "on": "2013-08-01"}"""))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("amount");
		assertThat(transaction(id, """
				{"kind": "PLEDGE", "amount": "5", "currency": "EUR", "on": "2013-08-01"}""")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("nation");
	}

	@Test
	void brokenRulesIllegalMovesAndStaleVersionsAre409() {
		String id = running("AUT", "PUBLIC");
		transaction(id, """
				{"kind": "RECEIPT", "nation": "AUT", "amount": "100.00", "currency": "EUR", "on": "2013-08-01"}""");

		assertThat(transaction(id, """
				{"kind": "EXPENDITURE", "organisation": "international-organization-for-migration", "amount": "100.01",
				 "currency": "EUR", "on": "2013-09-01"}""")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("more than the funds received");
		assertThat(post("/api/v1/funds/" + id + "/moves/close", version(id), """
				{"on": "2015", "reason": "Done"}""")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("A project that is IN_EXECUTION cannot be closed; it can be suspended or be completed");
		assertThat(post("/api/v1/funds/" + id + "/moves/suspend", version(id) - 1, """
				{"on": "2014", "reason": "Floods"}""")).hasStatus(409)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Stale version");
		assertThat(post("/api/v1/funds/" + id + "/transactions", version(id) - 1, """
				{"kind": "RECEIPT", "nation": "AUT", "amount": "1", "currency": "EUR", "on": "2013-08-01"}"""))
			.hasStatus(409);
		assertThat(post("/api/v1/funds/" + id + "/moves/suspend", version(id), """
				{"on": "2014"}""")).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
	}

	@Test
	void theLifecycleGoesBackFromSuspensionAndAClosedProjectTakesNoEntries() {
		String id = running("AUT", "PUBLIC");
		for (String move : List.of("suspend", "resume", "complete", "close")) {
			assertThat(post("/api/v1/funds/" + id + "/moves/" + move, version(id), """
					{"on": "2015", "reason": "Because %s"}""".formatted(move))).hasStatusOk();
		}
		assertThat(mvc.get().uri("/api/v1/funds/" + id)).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.project.status").isEqualTo("CLOSED");
			assertThat(json).extractingPath("$.project.actualEnd").isEqualTo("2015");
			assertThat(json).extractingPath("$.project.changes[*].to")
				.asArray()
				.containsExactly("SUSPENDED", "IN_EXECUTION", "COMPLETED", "CLOSED");
		});
		assertThat(events.stream(ProjectLaunched.class))
			.anySatisfy(e -> assertThat(e.facts().sourceId()).hasToString(id));
		assertThat(events.stream(ProjectCompleted.class))
			.anySatisfy(e -> assertThat(e.facts().entries()).extracting(entry -> entry.kind())
				.containsExactly("launched", "suspended", "resumed", "completed"));
		assertThat(events.stream(ProjectClosed.class))
			.anySatisfy(e -> assertThat(e.facts().sourceId()).hasToString(id));
		assertThat(transaction(id, """
				{"kind": "RECEIPT", "nation": "AUT", "amount": "1", "currency": "EUR", "on": "2015-08-01"}"""))
			.hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("closed");
	}

	@Test
	void aReversalCorrectsAnEntryWithoutChangingIt() throws Exception {
		String id = running("AUT", "PUBLIC");
		MvcTestResult pledge = transaction(id, """
				{"kind": "PLEDGE", "nation": "NOR", "amount": "5000", "currency": "EUR", "on": "2013-08-01"}""");
		String txId = JsonPath.read(pledge.getResponse().getContentAsString(), "$.id");

		assertThat(mvc.post()
			.uri("/api/v1/funds/" + id + "/transactions/" + txId + "/reversal")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Pledged twice by mistake\"}")
			.exchange()).hasStatus(201).bodyJson().satisfies(json -> {
				assertThat(json).extractingPath("$.kind").isEqualTo("REVERSAL");
				assertThat(json).extractingPath("$.reverses").isEqualTo(1);
			});
		assertThat(mvc.post()
			.uri("/api/v1/funds/" + id + "/transactions/" + txId + "/reversal")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Again\"}")
			.exchange()).hasStatus(409);
		ProjectDetails details = portfolios.details(UUID.fromString(id), Audience.alliance());
		assertThat(details.figures().pledged()).isEqualTo(Money.of("0.00", "EUR"));
		assertThat(details.transactions()).hasSize(2);
		assertThat(details.transactions().get(0).money()).isEqualTo(Money.of("5000.00", "EUR"));
		assertThat(details.transactions().get(0).reversedBy()).isEqualTo(2);
	}

	@Test
	void outputsProgressOverTime() {
		String id = running("AUT", "PUBLIC");
		assertThat(mvc.put()
			.uri("/api/v1/funds/" + id + "/outputs/ammunition-tonnes")
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version(id) + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"item": "ammunition-tonnes", "label": "Ammunition destroyed", "unit": "tonnes", "baseline": 0, "target": "2000"}""")
			.exchange()).hasStatusOk();
		assertThat(post("/api/v1/funds/" + id + "/outputs/ammunition-tonnes/values", version(id), """
				{"on": "2014", "value": "500", "source": "Report"}""")).hasStatus(201);
		assertThat(post("/api/v1/funds/" + id + "/outputs/ammunition-tonnes/values", 0, """
				{"on": "2014-12", "value": "1200.5"}""")).hasStatus(409);
		assertThat(post("/api/v1/funds/" + id + "/outputs/ammunition-tonnes/values", version(id), """
				{"on": "2014-12", "value": "1200.5"}""")).hasStatus(201).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.values[1].value").isEqualTo(1200.5);
			assertThat(json).extractingPath("$.progress").isEqualTo(0.6002);
		});
		assertThat(post("/api/v1/funds/" + id + "/outputs/no-such-item/values", version(id), """
				{"on": "2014", "value": "1"}""")).hasStatus(404);
	}

	@Test
	void numbersTooLargeToKeepAreRefusedBesideTheirField() {
		String id = running("AUT", "PUBLIC");
		MvcTestResult api = mvc.put()
			.uri("/api/v1/funds/" + id + "/outputs/huge")
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version(id) + "\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"item\": \"huge\", \"label\": \"Huge\", \"unit\": \"items\", \"target\": 1e30}")
			.exchange();
		assertThat(api).hasStatus(400);
		assertThat(api).bodyJson().extractingPath("$.errors[0].field").isEqualTo("target");
		assertThat(mvc.post()
			.uri("/fund-projects/" + id + "/outputs")
			.with(TestUsers.nato())
			.with(csrf())
			.param("item", "huge")
			.param("label", "Huge")
			.param("unit", "items")
			.param("target", "1e30")).hasStatusOk();
	}

	@Test
	void severalWritersAtOnceNeverSpendBeyondTheReceipts() throws Exception {
		String id = running("MLT", "PARTNER");
		UUID project = UUID.fromString(id);
		ledgers.addTransaction(project, version(id),
				new TransactionData(TransactionKind.RECEIPT, NationCode.of("AUT"), null, new BigDecimal("1000.00"),
						Currency.getInstance("EUR"), LocalDate.parse("2013-08-01"), false, null, null, null, false),
				Audience.alliance());
		AtomicInteger accepted = new AtomicInteger();
		AtomicInteger refused = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(6);
		List<Callable<Void>> writers = new ArrayList<>();
		for (int writer = 0; writer < 6; writer++) {
			writers.add(() -> {
				for (int attempt = 0; attempt < 200; attempt++) {
					try {
						long version = projects.project(project, Audience.alliance()).version();
						ledgers.addTransaction(project, version,
								new TransactionData(TransactionKind.EXPENDITURE, null,
										"international-organization-for-migration", new BigDecimal("150.00"),
										Currency.getInstance("EUR"), LocalDate.parse("2013-09-01"), false, null, null,
										null, false),
								Audience.alliance());
						accepted.incrementAndGet();
					}
					catch (StaleRecordException | org.springframework.dao.OptimisticLockingFailureException
							| org.springframework.dao.PessimisticLockingFailureException
							| org.springframework.dao.DuplicateKeyException ex) {
						continue;
					}
					catch (RuleViolationException ex) {
						refused.incrementAndGet();
						return null;
					}
				}
				return null;
			});
		}
		for (Future<Void> result : pool.invokeAll(writers)) {
			result.get();
		}
		pool.shutdown();

		ProjectFigures figures = ledgers.figures(project, Audience.alliance());
		assertThat(accepted.get()).isEqualTo(6);
		assertThat(refused.get()).isEqualTo(6);
		assertThat(figures.spent()).isEqualTo(Money.of("900.00", "EUR"));
		assertThat(figures.balance()).isEqualTo(Money.of("100.00", "EUR"));
	}

	@Test
	void revisedWithIfMatchAndDeletedOnlyWithoutALedger() {
		String id = create("AUT", unique("Scoping"), "PUBLIC", "SCOPING", "");
		MvcTestResult revised = mvc.put()
			.uri("/api/v1/funds/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title": "Renamed", "leadNations": ["MLT"], "sector": "15210", "currency": "CHF", "status": "SCOPING",
							 "releasability": "PARTNER"}""")
			.exchange();
		assertThat(revised).hasStatusOk().hasHeader("ETag", "\"1\"");
		assertThat(revised).bodyJson().extractingPath("$.currency").isEqualTo("CHF");
		assertThat(mvc.put()
			.uri("/api/v1/funds/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"1\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(
					"""
							{"title": "Renamed", "leadNations": ["MLT"], "sector": "15210", "currency": "CHF", "status": "IN_EXECUTION",
							 "actualStart": "2014", "releasability": "PARTNER"}""")
			.exchange()).hasStatus(400).bodyJson().extractingPath("$.errors[0].field").isEqualTo("status");
		assertThat(mvc.delete().uri("/api/v1/funds/" + id).with(TestUsers.nato()).header("If-Match", "\"0\""))
			.hasStatus(409);
		assertThat(mvc.delete().uri("/api/v1/funds/" + id).with(TestUsers.nato()).header("If-Match", "\"1\""))
			.hasStatus(204);
		assertThat(mvc.get().uri("/api/v1/funds/" + id).with(TestUsers.nato())).hasStatus(404);
		assertThat(events.stream(ProjectRevised.class)).anySatisfy(event -> {
			assertThat(event.facts().sourceId()).hasToString(id);
			assertThat(event.facts().entries()).isEmpty();
			assertThat(event.facts().sourceVersion()).isEqualTo(2);
		});

		String withLedger = running("AUT", "PUBLIC");
		transaction(withLedger, """
				{"kind": "PLEDGE", "nation": "AUT", "amount": "1", "currency": "EUR", "on": "2013-08-01"}""");
		assertThat(mvc.delete()
			.uri("/api/v1/funds/" + withLedger)
			.with(TestUsers.nato())
			.header("If-Match", "\"" + version(withLedger) + "\"")).hasStatus(409);
	}

	@Test
	void entriesInAnotherCurrencyUseTheLatestRateOnOrBeforeTheirDate() {
		mvc.post()
			.uri("/api/v1/exchange-rates")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"currency": "ISK", "base": "EUR", "validFrom": "2013-01-01", "rate": "0.0062"}""")
			.exchange();
		mvc.post()
			.uri("/api/v1/exchange-rates")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"currency": "ISK", "base": "EUR", "validFrom": "2014-01-01", "rate": "0.0065"}""")
			.exchange();
		String id = running("AUT", "PUBLIC");
		assertThat(transaction(id, """
				{"kind": "RECEIPT", "nation": "NOR", "amount": "1000000", "currency": "ISK", "on": "2013-12-31"}"""))
			.hasStatus(201);
		assertThat(transaction(id, """
				{"kind": "RECEIPT", "nation": "NOR", "amount": 1000000, "currency": "ISK", "on": "2014-01-01"}"""))
			.hasStatus(201);
		assertThat(transaction(id, """
				{"kind": "RECEIPT", "nation": "NOR", "amount": "1", "currency": "ISK", "on": "2012-12-31"}"""))
			.hasStatus(201);
		assertThat(transaction(id, """
				{"kind": "EXPENDITURE", "nation": "NOR", "amount": "1", "currency": "ISK", "on": "2012-12-31"}"""))
			.hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("No exchange rate converts ISK into EUR");

		ProjectFigures figures = ledgers.figures(UUID.fromString(id), Audience.alliance());
		assertThat(figures.received()).isEqualTo(Money.of("12700.00", "EUR"));
		assertThat(figures.unconverted()).containsExactly(Money.of("1", "ISK"));
		assertThat(figures.ratesUsed()).extracting(rate -> rate.validFrom().toString())
			.containsExactlyInAnyOrder("2013-01-01", "2014-01-01");
		assertThat(mvc.get().uri("/api/v1/partners/AUT/funds/portfolio?currency=EUR").with(TestUsers.nato()))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.donors[*].donor")
			.asArray()
			.contains("NOR");
	}

	@Test
	void theTimelineShowsALaunchAndACompletionButNothingOfAnIllustrativeProject() {
		String id = create("AUT", unique("Fundraising"), "PUBLIC", "FUNDRAISING", "");
		assertThat(post("/api/v1/funds/" + id + "/moves/launch", version(id), """
				{"on": "2013-07", "reason": "Funds received"}""")).hasStatusOk();
		assertThat(post("/api/v1/funds/" + id + "/moves/complete", version(id), """
				{"on": "2015-06", "reason": "Done"}""")).hasStatusOk();
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(timeline.timeline(NationCode.of("AUT"), Audience.ANONYMOUS)
				.stream()
				.filter(m -> UUID.fromString(id).equals(m.sourceId()))
				.map(m -> m.date().iso() + " " + m.text())
				.toList())
				.containsExactly("2013-07 Launched.", "2015-06 The trust fund project "
						+ projects.project(UUID.fromString(id), Audience.alliance()).title() + " is completed."));

		ProjectSummary demo = projects.add(NationCode.of("AUT"),
				new ProjectData(null, unique("Demo"), null, List.of(NationCode.of("AUT")), true, null, "15250",
						Currency.getInstance("EUR"), null, null, org.liaison.shared.PartialDate.parse("2014"), null,
						List.of(), ProjectStatus.IN_EXECUTION, true, null, null,
						org.liaison.shared.Releasability.PUBLIC));
		assertThat(events.stream(ProjectRevised.class)).anySatisfy(event -> {
			assertThat(event.facts().sourceId()).isEqualTo(demo.id());
			assertThat(event.facts().entries()).isEmpty();
		});
	}

	@Test
	void exchangeRatesAreListedAndAddedThroughTheirPage() {
		MvcTestResult bad = mvc.post()
			.uri("/exchange-rates")
			.with(TestUsers.nato())
			.with(csrf())
			.param("currency", "DOLLARS")
			.param("base", "EUR")
			.param("validFrom", "2013")
			.param("rate", "-1")
			.exchange();
		assertThat(bad).hasStatusOk();
		assertThat(bad).bodyText().contains("id=\"currency-error\"", "id=\"validFrom-error\"");
		mvc.post()
			.uri("/exchange-rates")
			.with(TestUsers.nato())
			.with(csrf())
			.param("currency", "sek")
			.param("base", "EUR")
			.param("validFrom", "2013-01-01")
			.param("rate", "0.1154")
			.exchange();
		assertThat(mvc.get().uri("/exchange-rates").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("id=\"rates\"", "SEK", "0.1154");
		assertThat(mvc.get().uri("/api/v1/exchange-rates")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].currency")
			.asArray()
			.contains("SEK");
	}

	// Access per role

	@Test
	void aNatoOnlyProjectIsSeenByNatoAndAlliesOnly() {
		String id = running("MLT", "NATO");
		String ref = projects.project(UUID.fromString(id), Audience.alliance()).ref();

		assertThat(mvc.get().uri("/api/v1/funds/" + id).with(TestUsers.nato())).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/funds/" + id).with(TestUsers.ally())).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/funds/" + id)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/funds/" + id).with(TestUsers.partner("MLT"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/partners/MLT/funds/" + ref).with(TestUsers.partner("MLT"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/partners/MLT/funds?size=200").with(TestUsers.partner("MLT"))).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.doesNotContain(id);
		assertThat(mvc.get().uri("/fund-projects/" + id).with(TestUsers.partner("MLT"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/funds/portfolio?size=200").with(TestUsers.partner("MLT"))).bodyJson()
			.extractingPath("$.projects[*].project.id")
			.asArray()
			.doesNotContain(id);
		assertThat(mvc.get().uri("/api/v1/partners/MLT/iati-activities.xml")).hasStatusOk()
			.bodyText()
			.doesNotContain(ref);
	}

	@Test
	void aPartnerProjectIsHiddenFromOtherPartners() {
		String id = running("MLT", "PARTNER");

		assertThat(mvc.get().uri("/api/v1/funds/" + id).with(TestUsers.partner("MLT"))).hasStatusOk();
		assertThat(mvc.get().uri("/fund-projects/" + id).with(TestUsers.partner("MLT"))).hasStatusOk()
			.bodyText()
			.contains("id=\"ledger\"")
			.doesNotContain("id=\"transaction-form\"", "id=\"lifecycle\"", "id=\"edit-project\"");
		assertThat(mvc.get().uri("/fund-projects/" + id).with(TestUsers.partner("AUT"))).hasStatus(404);
		assertThat(mvc.get().uri("/fund-projects/" + id)).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/api/v1/funds/" + id).with(TestUsers.partner("AUT"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/funds/" + id + "/transactions").with(TestUsers.partner("AUT")))
			.hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/partners/MLT/funds/portfolio").with(TestUsers.partner("AUT"))).bodyJson()
			.extractingPath("$.projects[*].project.id")
			.asArray()
			.doesNotContain(id);
		assertThat(mvc.get().uri("/funds").with(TestUsers.partner("AUT"))).hasStatusOk().bodyText().doesNotContain(id);
		assertThat(mvc.get().uri("/funds").with(TestUsers.partner("MLT"))).hasStatusOk().bodyText().contains(id);
	}

	@Test
	void onlyStaffWrite() {
		String id = running("AUT", "PUBLIC");
		assertThat(mvc.post()
			.uri("/api/v1/funds/" + id + "/transactions")
			.with(TestUsers.ally())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange()).hasStatus(403);
	}

	// Pages

	@Test
	void theProjectPageShowsEverythingAndTheLedgerFilterIsAnHtmxFragment() {
		String id = running("AUT", "PUBLIC");
		transaction(id,
				"""
						{"kind": "RECEIPT", "nation": "AUT", "amount": "1000.00", "currency": "EUR", "on": "2013-08-01", "note": "First receipt"}""");
		transaction(id, """
				{"kind": "EXPENDITURE", "organisation": "international-organization-for-migration", "amount": "250.00",
				 "currency": "EUR", "on": "2013-09-01", "note": "Contractor paid"}""");

		MvcTestResult page = mvc.get().uri("/fund-projects/" + id).with(TestUsers.nato()).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<html", "id=\"time-bar\"", "<rect", "id=\"donors\"", "EUR 750.00", "id=\"ledger\"",
					"First receipt", "Contractor paid", "id=\"move-suspend\"", "id=\"transaction-form\"");

		MvcTestResult fragment = mvc.get()
			.uri("/fund-projects/" + id + "?kind=EXPENDITURE")
			.with(TestUsers.nato())
			.header("HX-Request", "true")
			.exchange();
		assertThat(fragment).hasStatusOk();
		assertThat(fragment).bodyText()
			.contains("id=\"ledger\"", "Contractor paid")
			.doesNotContain("<html", "First receipt", "id=\"time-bar\"");
	}

	@Test
	void outputsAreDefinedAndReportedThroughThePage() {
		String id = running("AUT", "PUBLIC");
		MvcTestResult bad = mvc.post()
			.uri("/fund-projects/" + id + "/outputs")
			.with(TestUsers.nato())
			.with(csrf())
			.param("item", "Small Arms")
			.param("label", "Small arms destroyed")
			.param("unit", "weapons")
			.param("target", "many")
			.exchange();
		assertThat(bad).hasStatusOk();
		assertThat(bad).bodyText().contains("id=\"item-error\"", "id=\"target-error\"", "many");
		assertThat(mvc.post()
			.uri("/fund-projects/" + id + "/outputs")
			.with(TestUsers.nato())
			.with(csrf())
			.param("item", "small-arms")
			.param("label", "Small arms destroyed")
			.param("unit", "weapons")
			.param("baseline", "0")
			.param("target", "28000")
			.exchange()).hasStatus3xxRedirection();
		assertThat(mvc.post()
			.uri("/fund-projects/" + id + "/outputs/small-arms/values")
			.with(TestUsers.nato())
			.with(csrf())
			.param("on", "June 2003")
			.param("value", "7000")
			.exchange()).hasStatusOk().bodyText().contains("id=\"output-small-arms-on-error\"");
		assertThat(mvc.post()
			.uri("/fund-projects/" + id + "/outputs/small-arms/values")
			.with(TestUsers.nato())
			.with(csrf())
			.param("on", "2003-06")
			.param("value", "7000")
			.exchange()).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/fund-projects/" + id).with(TestUsers.nato())).bodyText()
			.contains("id=\"output-small-arms\"", "7000 / 28000 weapons", "width: 25%");
	}

	@Test
	void thePortfolioPagesShowProjectsAndTotals() {
		String id = running("AUT", "PUBLIC");
		assertThat(mvc.get().uri("/partners/AUT/funds").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("<html", "id=\"projects\"", id, "id=\"totals\"", "id=\"new-project\"");
		assertThat(mvc.get().uri("/funds").with(TestUsers.nato())).hasStatusOk().bodyText().contains(id);
		assertThat(mvc.get().uri("/funds?currency=XYZ").with(TestUsers.nato())).hasStatus(400);
	}

	@Test
	void theProjectFormShowsProblemsBesideTheFieldsAndSavesNothing() {
		partner("AUT");
		String title = unique("Unsaved project");

		MvcTestResult result = mvc.post()
			.uri("/partners/AUT/funds")
			.with(TestUsers.nato())
			.with(csrf())
			.param("title", title)
			.param("leadNations", "AUT, AUSTRIA")
			.param("sector", "15-250")
			.param("currency", "EUR")
			.param("status", "IN_EXECUTION")
			.param("phases", "Phase 1 | 2013 | 2014 | lots")
			.param("releasability", "PUBLIC")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"leadNations-error\"", "AUSTRIA")
			.contains("id=\"sector-error\"", "5-digit")
			.contains("id=\"actualStart-error\"", "needs its actual start")
			.contains("id=\"phases-error\"", "lots");
		assertThat(projects.allProjects(NationCode.of("AUT"), Audience.alliance())).extracting(ProjectSummary::title)
			.doesNotContain(title);
	}

	@Test
	void theProjectFormRecordsAProject() {
		partner("AUT");
		String title = unique("Recorded project");
		MvcTestResult result = mvc.post()
			.uri("/partners/AUT/funds")
			.with(TestUsers.nato())
			.with(csrf())
			.param("title", title)
			.param("leadNations", "aut mlt")
			.param("sector", "15240")
			.param("currency", "eur")
			.param("status", "FUNDRAISING")
			.param("phases", "Phase 1 | 2013 | 2014 | 1500000.50")
			.param("releasability", "PARTNER")
			.exchange();
		assertThat(result).hasStatus3xxRedirection();
		ProjectSummary project = projects.allProjects(NationCode.of("AUT"), Audience.alliance())
			.stream()
			.filter(p -> p.title().equals(title))
			.findFirst()
			.orElseThrow();
		assertThat(project.leadNations()).extracting(NationCode::value).containsExactly("AUT", "MLT");
		assertThat(project.budget()).isEqualTo(Money.of("1500000.50", "EUR"));
	}

	@Test
	void theTransactionFormShowsLedgerProblemsBesideTheFields() {
		String id = running("AUT", "PUBLIC");
		MvcTestResult result = mvc.post()
			.uri("/fund-projects/" + id + "/transactions")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("kind", "EXPENDITURE")
			.param("party", "international-organization-for-migration")
			.param("amount", "10.00")
			.param("currency", "EUR")
			.param("on", "15 July 2013")
			.exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).bodyText().contains("id=\"on-error\"", "2013-07-15");

		MvcTestResult beyond = mvc.post()
			.uri("/fund-projects/" + id + "/transactions")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("kind", "EXPENDITURE")
			.param("party", "international-organization-for-migration")
			.param("amount", "10.00")
			.param("currency", "EUR")
			.param("on", "2013-07-15")
			.exchange();
		assertThat(beyond).hasStatusOk();
		assertThat(beyond).bodyText().contains("id=\"amount-error\"", "more than the funds received");
		assertThat(ledgers.transactions(UUID.fromString(id), Audience.alliance())).isEmpty();

		MvcTestResult move = mvc.post()
			.uri("/fund-projects/" + id + "/moves/suspend")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("on", "2014")
			.exchange();
		assertThat(move).hasStatusOk();
		assertThat(move).bodyText().contains("id=\"move-suspend-reason-error\"");
	}

}
