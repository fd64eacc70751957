package org.liaison.exchange;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.internal.AuditQueries;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.NationCode;
import org.liaison.timeline.TimelineService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The activities, events and requests of a dossier are imported a section at a time,
 * still all or nothing, record by record in what they report. The partner is an invented
 * nation the dossiers carry, QYB, this class's alone; each test names activities of its
 * own.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierSectionImportTests {

	private static final NationCode PARTNER = NationCode.of("QYB");

	private static final int EVENTS = 40;

	@Autowired
	DossierService dossiers;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditQueries trail;

	@Autowired
	TimelineService timeline;

	@Autowired
	MockMvcTester mvc;

	/**
	 * A dossier of the partner with one activity of this ref, its events (the first held
	 * and standing for a milestone, the second cancelled) and a request for each.
	 */
	private String dossier(String ref, int seatsOfTheLast, String cityOfTheLast) {
		String updated = "\"updatedAt\": \"2020-01-10T09:00:00Z\"";
		List<String> events = new ArrayList<>();
		List<String> requests = new ArrayList<>();
		for (int i = 0; i < EVENTS; i++) {
			String start = "2019-%02d-%02d".formatted(1 + i % 12, 1 + i / 12);
			String status = i == 0 ? "HELD" : i == 1 ? "CANCELLED" : "PLANNED";
			events.add("""
					{"activityRef": "%s", "start": "%s", "end": "%s", "city": "Bulkton", "nation": "QYB", "seats": 20,
					 "language": "English", "milestone": %s, "milestoneText": %s, "illustrative": false, "status": "%s",
					 "cancelReason": %s, %s}""".formatted(ref, start, start, i == 0,
					i == 0 ? "\"Course " + ref + " held\"" : "null", status, i == 1 ? "\"No instructor\"" : "null",
					updated));
			boolean last = i == EVENTS - 1;
			requests
				.add("""
						{"activityRef": "%s", "eventStart": "%s", "eventCity": "%s", "eventNation": "QYB", "seats": %d,
						 "priority": 2, "nominees": [{"name": "Nominee %d", "rankOrFunction": "Major"}], "illustrative": false,
						 "status": "%s", "requestedAt": "2018-12-01T09:00:00Z", %s}"""
					.formatted(ref, start, last ? cityOfTheLast : "Bulkton", last ? seatsOfTheLast : 2, i,
							i == 0 ? "ATTENDED" : "REQUESTED", updated));
		}
		return """
				{"format": "liaison-dossier", "version": 1,
				 "referenceData": {"nations": [{"code": "QYB", "name": "Bulk Islands", "nameFr": "Îles du lot", "articleFr": "les"}]},
				 "partner": {"nation": "QYB", "updatedAt": "2020-01-10T09:00:00Z",
				             "profile": {"summary": "A partner of many records (illustrative).", "aspirant": false, "releasability": "PUBLIC"}},
				 "organisations": [{"ref": "bulk-centre", "name": "Bulk Training Centre", "kind": "TRAINING_CENTRE", "nation": "QYB",
				                    "city": "Bulkton", "releasability": "PUBLIC", %2$s}],
				 "activityAreas": [{"code": "bulk-area", "name": "Bulk cooperation"}],
				 "activityDisciplines": [{"code": "bulk-discipline", "name": "Bulk handling"}],
				 "activities": [{"ref": "%1$s", "title": "Course %1$s", "area": "bulk-area", "discipline": "bulk-discipline",
				                 "type": "COURSE", "provider": "bulk-centre", "delivery": "RESIDENTIAL", "durationDays": 1,
				                 "clearance": false, "frameworks": [], "nations": ["QYB"], "releasability": "PUBLIC",
				                 "illustrative": false, %2$s}],
				 "events": [%3$s],
				 "participationRequests": [%4$s]
				}"""
			.formatted(ref, updated, String.join(",\n", events), String.join(",\n", requests));
	}

	private ImportReport importDossier(String dossier) {
		return dossiers.importDossier(json.readTree(dossier));
	}

	/** A reference no activity has yet, on this run or an earlier one. */
	private String ref() {
		while (true) {
			String ref = "ACT." + (50000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(50000));
			if (jdbc.sql("select count(*) from activity_menu where ref = :ref")
				.param("ref", ref)
				.query(Long.class)
				.single() == 0) {
				return ref;
			}
		}
	}

	@Test
	void aSectionImportedTwiceIsWrittenOnceAndAChangedRecordIsWrittenAlone() {
		String ref = ref();

		ImportReport first = importDossier(dossier(ref, 2, "Bulkton"));
		ImportReport again = importDossier(dossier(ref, 2, "Bulkton"));
		ImportReport changed = importDossier(dossier(ref, 3, "Bulkton"));

		assertThat(first.written()).isGreaterThanOrEqualTo(1 + 2 * EVENTS);
		assertThat(again.written()).isZero();
		assertThat(again.unchanged()).isEqualTo(first.written() + first.unchanged());
		assertThat(changed.written()).isOne();
		Integer seats = jdbc.sql("""
				select r.seats from activity_request r join activity_event e on e.id = r.event
				join activity_menu a on a.id = e.activity where a.ref = :ref and e.start_on = :start""")
			.param("ref", ref)
			.param("start", java.time.LocalDate.parse("2019-04-04"))
			.query(Integer.class)
			.single();
		assertThat(seats).isEqualTo(3);
		assertThat(jdbc.sql("""
				select count(*) from activity_nominee n join activity_request r on r.id = n.request
				join activity_event e on e.id = r.event join activity_menu a on a.id = e.activity where a.ref = :ref""")
			.param("ref", ref)
			.query(Long.class)
			.single()).isEqualTo(EVENTS);
		assertThat(jdbc.sql("""
				select e.cancel_reason from activity_event e join activity_menu a on a.id = e.activity
				where a.ref = :ref and e.status = 'CANCELLED'""").param("ref", ref).query(String.class).single())
			.isEqualTo("No instructor");
	}

	@Test
	void everyRecordASectionWroteHasItsEntryInTheAuditTrailAndTheChainHolds() {
		String ref = ref();

		importDossier(dossier(ref, 2, "Bulkton"));

		String activity = jdbc.sql("select cast(id as varchar(36)) from activity_menu where ref = :ref")
			.param("ref", ref)
			.query(String.class)
			.single();
		assertThat(trail.history("Activity", activity, Audience.alliance(), 100))
			.filteredOn(entry -> entry.recordKind().equals("Activity"))
			.extracting(AuditEntry::action)
			.containsExactly("created");
		assertThat(jdbc.sql("select count(*) from audit_entry where record_kind = 'Event' and owner_id = :activity")
			.param("activity", activity)
			.query(Long.class)
			.single()).isEqualTo(EVENTS);
		assertThat(jdbc.sql("""
				select count(*) from audit_entry a join activity_request r on a.record_id = cast(r.id as varchar(36))
				join activity_event e on e.id = r.event where a.record_kind = 'ParticipationRequest'
				and a.action = 'created' and e.activity = cast(:activity as uuid)""")
			.param("activity", activity)
			.query(Long.class)
			.single()).isEqualTo(EVENTS);
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void anEventHeldAsAMilestoneIsOnThePartnersTimelineAfterTheImport() {
		String ref = ref();

		importDossier(dossier(ref, 2, "Bulkton"));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> timeline.timeline(PARTNER, Audience.alliance())
				.stream()
				.anyMatch(m -> m.derived() && m.text().equals("Course " + ref + " held")));
	}

	@Test
	void aBadRecordOfASectionIsReportedWithItsPathAndNothingOfTheDossierIsWritten() {
		String ref = ref();

		assertThatThrownBy(() -> importDossier(dossier(ref, 0, "Nowhere"))).isInstanceOf(InvalidInputException.class)
			.extracting(ex -> ((InvalidInputException) ex).problems().stream().map(Problem::field).toList())
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
			.containsExactly("$.participationRequests[" + (EVENTS - 1) + "].seats");
		assertThatThrownBy(() -> importDossier(dossier(ref, 2, "Nowhere"))).isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).problems())
				.containsExactly(new Problem("$.participationRequests[" + (EVENTS - 1) + "]",
						"No event '" + ref + " 2019-04-04 Nowhere' was found")));

		assertThat(mvc.get().uri("/api/v1/activities/" + ref).with(TestUsers.nato())).hasStatus(404);
		assertThat(jdbc
			.sql("select count(*) from activity_event e join activity_menu a on a.id = e.activity"
					+ " where a.ref = :ref")
			.param("ref", ref)
			.query(Long.class)
			.single()).isZero();
	}

}
