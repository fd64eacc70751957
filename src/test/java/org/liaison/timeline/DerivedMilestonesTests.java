package org.liaison.timeline;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ProfileData;
import org.liaison.shared.Audience;
import org.liaison.shared.MilestoneEvent;
import org.liaison.shared.MilestoneEvent.Entry;
import org.liaison.shared.MilestoneEvent.MilestoneFacts;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The timeline keeps one set of milestones per source record, in step with the events the
 * record's module publishes after each committed change.
 */
@SpringBootTest
class DerivedMilestonesTests {

	static final NationCode PARTNER = NationCode.of("QAT");

	record SomethingChanged(MilestoneFacts facts) implements MilestoneEvent {
	}

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	TimelineService timeline;

	@Autowired
	PartnerService partners;

	@BeforeEach
	void partnerExists() {
		if (partners.partners(Audience.alliance(), new org.liaison.shared.PageOf.Request(0, 200))
			.items()
			.stream()
			.noneMatch(p -> p.nation().equals(PARTNER))) {
			partners.createPartner(PARTNER, new ProfileData("A partner.", null, false, Releasability.PUBLIC));
		}
	}

	private void publish(MilestoneFacts facts) {
		transactions.executeWithoutResult(status -> events.publishEvent(new SomethingChanged(facts)));
	}

	private List<MilestoneSummary> derivedFrom(UUID source) {
		return timeline.timeline(PARTNER, Audience.alliance())
			.stream()
			.filter(m -> source.equals(m.sourceId()))
			.toList();
	}

	private static MilestoneFacts facts(UUID source, long version, Releasability releasability, Entry... entries) {
		return new MilestoneFacts("agreement", source, version, PARTNER, releasability, List.of(entries));
	}

	@Test
	void recordsAMilestoneOnceFollowsEditsAndGoesWithTheRecord() {
		UUID source = UUID.randomUUID();
		Entry agreed = new Entry("agreed", PartialDate.parse("2015-01-15"), "The plan is agreed.");

		publish(facts(source, 0, Releasability.PUBLIC, agreed));
		publish(facts(source, 0, Releasability.PUBLIC, agreed));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(derivedFrom(source)).hasSize(1));

		publish(facts(source, 1, Releasability.PUBLIC,
				new Entry("agreed", PartialDate.parse("2015-01-16"), "Corrected.")));
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(derivedFrom(source)).singleElement()
				.satisfies(m -> assertThat(m.text()).isEqualTo("Corrected.")));

		publish(MilestoneFacts.removed("agreement", source, 2, PARTNER));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(derivedFrom(source)).isEmpty());
	}

	@Test
	void ignoresAnEventOlderThanWhatItAlreadyApplied() {
		UUID source = UUID.randomUUID();
		publish(facts(source, 3, Releasability.PUBLIC, new Entry("agreed", PartialDate.parse("2009"), "Newer.")));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(derivedFrom(source)).hasSize(1));

		publish(facts(source, 2, Releasability.PUBLIC, new Entry("agreed", PartialDate.parse("2009"), "Older.")));
		publish(facts(source, 4, Releasability.PUBLIC, new Entry("agreed", PartialDate.parse("2009"), "Newest.")));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(derivedFrom(source)).singleElement()
				.satisfies(m -> assertThat(m.text()).isEqualTo("Newest.")));
	}

	@Test
	void aDerivedMilestoneKeepsItsRecordsReleasability() {
		UUID source = UUID.randomUUID();
		publish(facts(source, 0, Releasability.NATO, new Entry("agreed", PartialDate.parse("2010"), "Confidential.")));
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(derivedFrom(source)).hasSize(1));

		assertThat(timeline.timeline(PARTNER, Audience.partner(PARTNER))).noneMatch(m -> source.equals(m.sourceId()));
		assertThat(timeline.timeline(PARTNER, Audience.ANONYMOUS)).noneMatch(m -> source.equals(m.sourceId()));
	}

	@Test
	void ordersByDateWhateverThePrecision() {
		for (String date : List.of("2013-04-19", "2003", "2011-04", "2013")) {
			timeline.add(PARTNER,
					new MilestoneData("order-" + date, PartialDate.parse(date), "At " + date, Releasability.PUBLIC));
		}
		assertThat(timeline.timeline(PARTNER, Audience.ANONYMOUS)).extracting(MilestoneSummary::text)
			.containsSubsequence("At 2003", "At 2011-04", "At 2013", "At 2013-04-19");
	}

	@Autowired
	org.liaison.timeline.internal.DerivedMilestones derived;

	@Test
	void concurrentAppliesOfOneRecordKeepTheNewestSetAndFailNone() throws Exception {
		UUID source = UUID.randomUUID();
		int writers = 8;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
		for (int version = 1; version <= writers; version++) {
			MilestoneFacts facts = facts(source, version, Releasability.PUBLIC,
					new Entry("agreed", PartialDate.parse("2015-01-15"), "Agreed, as of version " + version + "."),
					new Entry("in-force", PartialDate.parse("2015-02-01"), "In force, as of version " + version + "."));
			done.add(pool.submit(() -> {
				start.await();
				derived.apply(facts);
				return null;
			}));
		}
		start.countDown();
		for (java.util.concurrent.Future<?> future : done) {
			future.get(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		pool.shutdown();
		assertThat(derivedFrom(source)).extracting(MilestoneSummary::text)
			.containsExactlyInAnyOrder("Agreed, as of version 8.", "In force, as of version 8.");
	}

}
