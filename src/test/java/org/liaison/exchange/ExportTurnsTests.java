package org.liaison.exchange;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.exchange.internal.ExportTurns;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dossiers are written a few at once: one asked for while every turn is taken waits, and
 * is told to come back, with a time to wait and nothing written, when no turn comes in
 * time; once a turn is free, the same request is answered. This installation writes one
 * at a time and waits a fifth of a second.
 */
@SpringBootTest(properties = { "liaison.exchange.concurrent-exports=1", "liaison.exchange.export-wait=200ms" })
@AutoConfigureMockMvc
class ExportTurnsTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ExportTurns turns;

	@Test
	void aDossierAskedForWhileEveryTurnIsTakenIsToldToComeBackAndIsWrittenOnceATurnIsFree() throws Exception {
		CountDownLatch taken = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		Thread other = new Thread(() -> turns.take(() -> {
			taken.countDown();
			try {
				done.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}));
		other.start();
		assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
		try {
			assertThat(mvc.get().uri("/api/v1/partners/SRB/dossier").with(TestUsers.nato())).hasStatus(503)
				.hasHeader(HttpHeaders.RETRY_AFTER, "1")
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.bodyText()
				.contains("as many dossiers as it can at once")
				.doesNotContain("liaison-dossier");
		}
		finally {
			done.countDown();
			other.join(10_000);
		}
		assertThat(mvc.get().uri("/api/v1/partners/SRB/dossier").with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("liaison-dossier");
	}

}
