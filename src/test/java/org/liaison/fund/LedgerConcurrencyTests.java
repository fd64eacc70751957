package org.liaison.fund;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.shared.Audience;
import org.liaison.shared.Money;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Expenditures that each fit the balance alone but not together, sent at once through the
 * API, each with the version its client has just read: the version check turns the
 * writers that lost a race away to read again, and the balance rule, checked on the
 * locked project, refuses those that no longer fit. {@code FundControllerTests} has many
 * writers spend through the service until the money runs out; this is what a client of
 * the API sees: 201, or a 409 that says why, on H2 and on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LedgerConcurrencyTests {

	/** Bahrain: written to by no other test class. */
	static final String NATION = "BHR";

	static final int WRITERS = 8;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	LedgerService ledgers;

	String runningProject() {
		TestPartners.ensure(mvc, NATION);
		MvcTestResult created = mvc.post()
			.uri("/api/v1/partners/" + NATION + "/funds")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": "Race for the balance %s", "objective": "Destroy surplus ammunition.",
					 "leadNations": ["AUT", "NOR"], "sector": "15250", "currency": "EUR", "status": "IN_EXECUTION",
					 "actualStart": "2013-07",
					 "phases": [{"name": "Phase 1", "start": "2013-07", "end": "2014", "budget": "5000.00"}],
					 "illustrative": false, "launchText": "Launched.", "releasability": "NATO"}
					""".formatted(UUID.randomUUID()))
			.exchange();
		assertThat(created).hasStatus(201);
		return created.getResponse().getHeader("Location").replace("/api/v1/funds/", "");
	}

	/** The project's version as a client reads it: the ETag of the project. */
	String currentVersion(String id) {
		MvcTestResult project = mvc.get().uri("/api/v1/funds/" + id).with(TestUsers.nato()).exchange();
		assertThat(project).hasStatusOk();
		return project.getResponse().getHeader("ETag");
	}

	MvcTestResult record(String id, String version, String json) {
		return mvc.post()
			.uri("/api/v1/funds/" + id + "/transactions")
			.with(TestUsers.nato())
			.header("If-Match", version)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	enum Outcome {

		ACCEPTED, REFUSED_FOR_THE_BALANCE

	}

	@Test
	void expendituresThatFitAloneButNotTogetherAreAcceptedOnlyAsFarAsTheBalanceGoes() throws Exception {
		String id = runningProject();
		assertThat(record(id, currentVersion(id), """
				{"kind": "RECEIPT", "nation": "AUT", "amount": "1000.00", "currency": "EUR", "on": "2013-08-01"}"""))
			.hasStatus(201);
		String expenditure = """
				{"kind": "EXPENDITURE", "organisation": "international-organization-for-migration",
				 "amount": "300.00", "currency": "EUR", "on": "2013-09-01"}""";

		CyclicBarrier start = new CyclicBarrier(WRITERS);
		List<Callable<Outcome>> writers = new ArrayList<>();
		for (int writer = 0; writer < WRITERS; writer++) {
			writers.add(() -> {
				start.await(30, TimeUnit.SECONDS);
				// A writer that lost the race for the version reads it again and retries,
				// as a client does; it stops at a 201 or at the balance's refusal.
				for (int attempt = 0; attempt < 100; attempt++) {
					MvcTestResult result = record(id, currentVersion(id), expenditure);
					int status = result.getResponse().getStatus();
					String body = result.getResponse().getContentAsString();
					if (status == 201) {
						return Outcome.ACCEPTED;
					}
					assertThat(status).as(body).isEqualTo(409);
					String title = JsonPath.read(body, "$.title");
					if (title.equals("Not allowed")) {
						assertThat(JsonPath.<String>read(body, "$.detail"))
							.contains("more than the funds received and not yet spent");
						return Outcome.REFUSED_FOR_THE_BALANCE;
					}
					assertThat(title).as(body).isEqualTo("Stale version");
				}
				throw new AssertionError("A writer was turned away as stale 100 times");
			});
		}
		List<Outcome> outcomes = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
		try {
			for (Future<Outcome> outcome : pool.invokeAll(writers)) {
				outcomes.add(outcome.get());
			}
		}
		finally {
			pool.shutdown();
		}

		// 1000 received, 300 each: three fit, the other five are refused.
		assertThat(outcomes).filteredOn(o -> o == Outcome.ACCEPTED).hasSize(3);
		assertThat(outcomes).filteredOn(o -> o == Outcome.REFUSED_FOR_THE_BALANCE).hasSize(WRITERS - 3);
		ProjectFigures figures = ledgers.figures(UUID.fromString(id), Audience.alliance());
		assertThat(figures.spent()).isEqualTo(Money.of("900.00", "EUR"));
		assertThat(figures.balance()).isEqualTo(Money.of("100.00", "EUR"));
		// Entry by entry, in the order they were written, the ledger never went below
		// zero.
		List<TransactionSummary> ledger = ledgers.transactions(UUID.fromString(id), Audience.alliance());
		assertThat(ledger).hasSize(4);
		BigDecimal balance = BigDecimal.ZERO;
		for (TransactionSummary entry : ledger) {
			balance = entry.kind() == TransactionKind.RECEIPT ? balance.add(entry.money().amount())
					: balance.subtract(entry.money().amount());
			assertThat(balance).as("the balance after entry %s", entry.seq()).isNotNegative();
		}
	}

}
