package org.liaison.activity;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The illustrative sample menu of the Serbia demo, carried by the demo dossier, is
 * consistent: it is loaded with the rest of the demo, every activity, event and request
 * is marked illustrative, no event has more seats approved than it offers, and no other
 * partner nor the public sees Serbia's requests.
 */
@SpringBootTest
class ActivityDemoFileTests {

	static final NationCode SERBIA = NationCode.of("SRB");

	@Autowired
	ActivityDossier activityDossier;

	@Autowired
	EventService events;

	@Autowired
	JsonMapper json;

	@Test
	void theDemoMenuAndSerbiasRequestsAreLoadedAndIllustrative() throws Exception {
		JsonNode demo = json.readTree(new ClassPathResource("demo/serbia-dossier.json").getInputStream());
		assertThat(demo.get("activities").size()).isEqualTo(50);
		assertThat(demo.get("events").size()).isEqualTo(120);
		int requests = demo.get("participationRequests").size();
		assertThat(requests).isGreaterThan(50);
		for (String section : new String[] { "activities", "events", "participationRequests" }) {
			demo.get(section)
				.forEach(record -> assertThat(record.get("illustrative").asBoolean()).as(section).isTrue());
		}

		ActivityExport export = await().atMost(Duration.ofSeconds(10))
			.until(() -> activityDossier.export(SERBIA, Audience.alliance()), e -> e.requests().size() == requests);
		assertThat(export.activities()).anyMatch(a -> a.provider().equals("cbrn-training-centre-krusevac"));
		for (ActivitySummary activity : export.activities()) {
			for (EventSummary event : events.events(activity.ref(), Audience.alliance())) {
				assertThat(event.approved()).isLessThanOrEqualTo(event.seats());
			}
		}
		assertThat(activityDossier.export(SERBIA, Audience.partner(NationCode.of("CHE"))).requests()).isEmpty();
		assertThat(activityDossier.export(SERBIA, Audience.ANONYMOUS).requests()).isEmpty();
	}

}
