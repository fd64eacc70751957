package org.liaison.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many writers at once on the last seats of an event: the event's row lock makes exactly
 * the right number of seats approved, and the rest waitlisted, on H2 and on PostgreSQL.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParticipationConcurrencyTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EventService eventService;

	@Autowired
	ParticipationService participationService;

	@Test
	void manyThreadsAskingAndApprovingTheLastSeatsNeverApproveMoreThanTheEventHas() throws Exception {
		ActivityFixtures fixtures = new ActivityFixtures(mvc);
		String ref = fixtures.pfpCourse("Race course");
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (int round = 0; round < 6; round++) {
				UUID event = fixtures.event(ref, 3, ActivityFixtures.FUTURE.plusDays(round * 10),
						ActivityFixtures.FUTURE.minusDays(1), "UKR", false);
				// Both partners ask at once, several times each: one request each is
				// written.
				AtomicInteger asked = new AtomicInteger();
				List<Callable<Void>> askers = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					NationCode nation = NationCode.of(i % 2 == 0 ? "UKR" : "CHE");
					askers.add(() -> {
						try {
							participationService.request(event, nation, new RequestData(2, 1, null, List.of(), false),
									Audience.partner(nation));
							asked.incrementAndGet();
						}
						catch (RuleViolationException | DataIntegrityViolationException
								| PessimisticLockingFailureException ex) {
							// already asked
						}
						return null;
					});
				}
				for (Future<Void> f : pool.invokeAll(askers)) {
					f.get();
				}
				assertThat(asked.get()).isEqualTo(2);
				List<RequestSummary> requests = participationService.requestsOfEvent(event, Audience.alliance());
				assertThat(requests).hasSize(2);

				// Staff approve both at once, many times: 2 + 2 seats asked, 3 offered.
				List<Callable<Void>> approvers = new ArrayList<>();
				for (int i = 0; i < 8; i++) {
					UUID request = requests.get(i % 2).id();
					approvers.add(() -> {
						for (int attempt = 0; attempt < 20; attempt++) {
							try {
								participationService.approve(request, null);
								return null;
							}
							catch (OptimisticLockingFailureException | PessimisticLockingFailureException ex) {
								continue;
							}
							catch (RuleViolationException ex) {
								return null; // already approved
							}
						}
						return null;
					});
				}
				for (Future<Void> f : pool.invokeAll(approvers)) {
					f.get();
				}
				EventSummary filled = eventService.event(event, Audience.alliance());
				assertThat(filled.approved()).isEqualTo(2);
				assertThat(filled.waitlisted()).isEqualTo(2);
				assertThat(participationService.requestsOfEvent(event, Audience.alliance()))
					.extracting(RequestSummary::status)
					.containsExactlyInAnyOrder(RequestStatus.APPROVED, RequestStatus.WAITLISTED);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void aWithdrawalRacingWithApprovalsPromotesTheWaitlistWithoutOverbooking() throws Exception {
		ActivityFixtures fixtures = new ActivityFixtures(mvc);
		String ref = fixtures.pfpCourse("Withdrawal race course");
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			for (int round = 0; round < 5; round++) {
				UUID event = fixtures.event(ref, 2, ActivityFixtures.FUTURE.plusDays(200 + round * 10),
						ActivityFixtures.FUTURE.plusDays(190), "UKR", false);
				UUID ukr = participationService
					.request(event, NationCode.of("UKR"), new RequestData(2, 1, null, List.of(), false),
							Audience.partner(NationCode.of("UKR")))
					.id();
				UUID che = participationService
					.request(event, NationCode.of("CHE"), new RequestData(1, 1, null, List.of(), false),
							Audience.partner(NationCode.of("CHE")))
					.id();
				participationService.approve(ukr, null);
				assertThat(participationService.approve(che, null).status()).isEqualTo(RequestStatus.WAITLISTED);
				List<Callable<Void>> writers = new ArrayList<>();
				writers.add(() -> {
					retry(() -> participationService.withdraw(ukr, null, Audience.partner(NationCode.of("UKR"))));
					return null;
				});
				for (int i = 0; i < 5; i++) {
					writers.add(() -> {
						retry(() -> participationService.approve(che, null));
						return null;
					});
				}
				for (Future<Void> f : pool.invokeAll(writers)) {
					f.get();
				}
				EventSummary filled = eventService.event(event, Audience.alliance());
				assertThat(filled.approved()).isEqualTo(1);
				assertThat(filled.waitlisted()).isZero();
				assertThat(participationService.request(che, Audience.alliance()).status())
					.isEqualTo(RequestStatus.APPROVED);
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private static void retry(Runnable write) {
		for (int attempt = 0; attempt < 20; attempt++) {
			try {
				write.run();
				return;
			}
			catch (OptimisticLockingFailureException | PessimisticLockingFailureException ex) {
				continue;
			}
			catch (RuleViolationException ex) {
				return; // already decided by another writer
			}
		}
	}

}
