package org.liaison.transit;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Transit requests through the API and the pages, for every kind of reader. Morocco (MAR)
 * hosts every request made here; Germany (DEU) requests them, and France (FRA) never
 * does, so that its view stays empty.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class TransitControllerTests {

	static final int NOTICE_DAYS = 10;

	/**
	 * The transit agreement made once for all tests: the database is shared by all of
	 * them.
	 */
	private static String agreementId;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApplicationEvents events;

	static RequestPostProcessor ally(String nation) {
		return user("ally-" + nation.toLowerCase()).authorities(new SimpleGrantedAuthority("ROLE_ALLY"),
				new SimpleGrantedAuthority("NATION_" + nation));
	}

	static LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	@BeforeEach
	void transitAgreement() throws Exception {
		if (agreementId != null) {
			return;
		}
		TestPartners.ensure(mvc, "MAR");
		MvcTestResult agreement = mvc.post()
			.uri("/api/v1/partners/MAR/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "TRANSIT", "title": "Transit agreement %s", "status": "AGREED", "agreedOn": "2010-05",
					 "parties": [{"name": "NATO"}, {"name": "Morocco", "nation": "MAR"}], "releasability": "PARTNER"}
					""".formatted(UUID.randomUUID().toString().substring(0, 8)))
			.exchange();
		assertThat(agreement).hasStatus(201);
		String id = agreement.getResponse().getHeader("Location").replace("/api/v1/agreements/", "");
		MvcTestResult terms = mvc.put()
			.uri("/api/v1/agreements/" + id + "/transit-terms")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"noticeDays\": " + NOTICE_DAYS + "}")
			.exchange();
		assertThat(terms).hasStatusOk().bodyJson().extractingPath("$.noticeDays").isEqualTo(NOTICE_DAYS);
		agreementId = id;
	}

	private static String body(String nationField, LocalDate entry, LocalDate exit, String extra) {
		return """
				{"agreementId": "%s", %s "requestingUnit": "Panzergrenadierbataillon 122", "purpose": "KFOR rotation",
				 "personnel": 150, "vehicles": 20, "vehicleDescription": "Trucks",
				 "cargo": [{"description": "Rations", "quantity": 30, "dangerous": false},
				           {"description": "Diesel fuel", "quantity": 12, "dangerous": true, "unNumber": "UN1202"}],
				 "entryPoint": "Tanger Med", "exitPoint": "Oujda", "route": "Tanger – Fès – Oujda",
				 "entryDate": "%s", "exitDate": "%s", "contactName": "Movement control",
				 "contactEmail": "movcon@example.org" %s}
				""".formatted(agreementId, nationField, entry, exit, extra);
	}

	private MvcTestResult submit(RequestPostProcessor user, String body) {
		return mvc.post()
			.uri("/api/v1/transit-requests")
			.with(user)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	/** A request of Germany's, entering in a month; answers its id. */
	private String germanRequest() {
		MvcTestResult result = submit(ally("DEU"), body("", today().plusDays(30), today().plusDays(32), ""));
		assertThat(result).hasStatus(201);
		return result.getResponse().getHeader("Location").replace("/api/v1/transit-requests/", "");
	}

	private MvcTestResult act(RequestPostProcessor user, String id, String action, String version, String reason) {
		return mvc.post()
			.uri("/api/v1/transit-requests/" + id + "/" + action)
			.with(user)
			.header("If-Match", version)
			.contentType(MediaType.APPLICATION_JSON)
			.content(reason == null ? "{}" : "{\"reason\": \"" + reason + "\"}")
			.exchange();
	}

	@Test
	void aReasonTooLongForItsFieldIsRefusedWithoutWritingAnything() {
		String id = germanRequest();
		assertThat(act(TestUsers.nato(), id, "review", "\"0\"", null)).hasStatusOk();
		MvcTestResult result = act(TestUsers.nato(), id, "reject", "\"1\"", "x".repeat(2001));
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("reason");
		assertThat(mvc.get().uri("/api/v1/transit-requests/" + id).with(TestUsers.nato())).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UNDER_REVIEW");
	}

	@Test
	void anAllyCannotPassItsRequestOffAsIllustration() {
		MvcTestResult result = submit(ally("DEU"),
				body("", today().plusDays(30), today().plusDays(32), ", \"illustrative\": true"));
		assertThat(result).hasStatus(409);
	}

	@Test
	void anAllySubmitsAndOnlyItNatoAndTheHostSeeTheRequest() {
		String id = germanRequest();
		assertThat(events.stream(TransitRequested.class)).anySatisfy(event -> {
			assertThat(event.id()).hasToString(id);
			assertThat(event.hostPartner().value()).isEqualTo("MAR");
		});

		assertThat(mvc.get().uri("/api/v1/transit-requests/" + id).with(ally("DEU"))).hasStatusOk()
			.hasHeader("ETag", "\"0\"")
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").isEqualTo("SUBMITTED");
				assertThat(json).extractingPath("$.requestingNation").isEqualTo("DEU");
				assertThat(json).extractingPath("$.hostPartner").isEqualTo("MAR");
				assertThat(json).extractingPath("$.reference").asString().matches("TR-MAR-\\d{4}-\\d{4}");
				assertThat(json).extractingPath("$.cargo[1].unNumber").isEqualTo("UN1202");
			});
		assertThat(mvc.get().uri("/api/v1/transit-requests/" + id).with(TestUsers.nato())).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/transit-requests/" + id).with(TestUsers.partner("MAR"))).hasStatusOk();
		assertThat(mvc.get().uri("/api/v1/transit-requests?size=200").with(TestUsers.partner("MAR"))).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains(id);

		// Everyone else gets nothing: not the record, not a row, not a count.
		assertThat(mvc.get().uri("/api/v1/transit-requests/" + id).with(ally("FRA"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/transit-requests").with(ally("FRA"))).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.total").isEqualTo(0);
				assertThat(json).extractingPath("$.items").asArray().isEmpty();
			});
		assertThat(mvc.get().uri("/api/v1/transit-requests/" + id).with(TestUsers.partner("SRB"))).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/transit-requests").with(TestUsers.partner("SRB"))).bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.doesNotContain(id);
		assertThat(mvc.get().uri("/api/v1/transit-requests/" + id).with(TestUsers.agent())).hasStatus(404);
		assertThat(mvc.get().uri("/api/v1/transit-requests/" + id)).hasStatus(401);
		assertThat(mvc.get().uri("/api/v1/transit-requests")).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.total").isEqualTo(0);
			assertThat(json).extractingPath("$.items").asArray().isEmpty();
		});
		assertThat(mvc.get().uri("/transit-requests/" + id).with(ally("FRA"))).hasStatus(404);
		assertThat(mvc.get().uri("/transit-requests/" + id).with(TestUsers.partner("MAR"))).hasStatusOk()
			.bodyText()
			.contains("KFOR rotation", "UN1202")
			.doesNotContain("id=\"action-");
	}

	@Test
	void natoStaffReviewAndApprove() {
		String id = germanRequest();

		assertThat(act(TestUsers.nato(), id, "review", "\"0\"", null)).hasStatusOk()
			.hasHeader("ETag", "\"1\"")
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UNDER_REVIEW");
		assertThat(act(TestUsers.nato(), id, "approve", "\"1\"", "Route agreed with the host")).hasStatusOk()
			.bodyJson()
			.satisfies(json -> {
				assertThat(json).extractingPath("$.status").isEqualTo("APPROVED");
				assertThat(json).extractingPath("$.decisionReason").isEqualTo("Route agreed with the host");
			});
		assertThat(events.stream(TransitApproved.class)).anySatisfy(event -> assertThat(event.id()).hasToString(id));

		// Completing before the exit date is refused.
		assertThat(act(TestUsers.nato(), id, "complete", "\"2\"", null)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("can be completed on or after");
	}

	@Test
	void aRejectionNeedsItsReasonAndIsPublished() {
		String id = germanRequest();
		act(TestUsers.nato(), id, "review", "0", null);

		assertThat(act(TestUsers.nato(), id, "reject", "1", null)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.errors[0].field")
			.isEqualTo("reason");
		assertThat(act(TestUsers.nato(), id, "reject", "1", "Route closed")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("REJECTED");
		assertThat(events.stream(TransitRejected.class)).anySatisfy(event -> {
			assertThat(event.id()).hasToString(id);
			assertThat(event.reason()).isEqualTo("Route closed");
		});
	}

	@Test
	void aLateRequestIsRefusedWithTheDateByWhichItWouldHaveBeenOnTime() {
		LocalDate entry = today().plusDays(3);
		MvcTestResult result = submit(ally("DEU"), body("", entry, entry.plusDays(1), ""));

		assertThat(result).hasStatus(409);
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Entry on " + entry + " needs " + NOTICE_DAYS + " days' notice: the request had to be made by "
					+ entry.minusDays(NOTICE_DAYS));
	}

	@Test
	void natoStaffAcceptALateRequestAsUrgent() {
		LocalDate entry = today().plusDays(2);
		MvcTestResult result = submit(TestUsers.nato(), body("\"requestingNation\": \"DEU\",", entry, entry,
				", \"urgent\": true, \"urgencyReason\": \"Medical evacuation support\""));

		assertThat(result).hasStatus(201);
		assertThat(result).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.urgent").isEqualTo(true);
			assertThat(json).extractingPath("$.urgencyReason").isEqualTo("Medical evacuation support");
		});

		// An Ally cannot make its own late request urgent.
		assertThat(submit(ally("DEU"), body("", entry, entry, ", \"urgent\": true, \"urgencyReason\": \"Hurry\"")))
			.hasStatus(409);
	}

	@Test
	void anAllyActsOnlyOnItsOwnRequests() {
		String id = germanRequest();

		assertThat(act(ally("DEU"), id, "review", "0", null)).hasStatus(403);
		assertThat(act(ally("DEU"), id, "approve", "0", null)).hasStatus(403);
		assertThat(act(ally("FRA"), id, "withdraw", "0", null)).hasStatus(404);
		assertThat(act(TestUsers.partner("MAR"), id, "withdraw", "0", null)).hasStatus(403);
		assertThat(submit(ally("FRA"),
				body("\"requestingNation\": \"DEU\",", today().plusDays(30), today().plusDays(30), "")))
			.hasStatus(409);
		assertThat(mvc.put()
			.uri("/api/v1/agreements/" + agreementId + "/transit-terms")
			.with(ally("DEU"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"noticeDays\": 1}")).hasStatus(403);

		assertThat(act(ally("DEU"), id, "withdraw", "0", null)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("WITHDRAWN");
	}

	@Test
	void aStaleVersionIsAConflict() {
		String id = germanRequest();
		act(TestUsers.nato(), id, "review", "0", null);

		assertThat(act(TestUsers.nato(), id, "approve", "\"0\"", null)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Stale version");
		assertThat(act(TestUsers.nato(), id, "review", "\"1\"", null)).hasStatus(409)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.contains("cannot be taken under review");
	}

	@Test
	void badInputIsRefusedWithEachFieldsProblem() {
		MvcTestResult result = submit(ally("DEU"), """
				{"agreementId": "%s", "requestingUnit": "", "purpose": "KFOR rotation", "personnel": 100001,
				 "cargo": [{"description": "Ammunition", "quantity": 5, "dangerous": true}],
				 "entryPoint": "A", "exitPoint": "B", "route": "A – B", "entryDate": "%s", "exitDate": "%s",
				 "contactName": "X", "contactEmail": "x@example.org"}
				""".formatted(agreementId, today().plusDays(30), today().plusDays(29)));
		assertThat(result).hasStatus(400);
		assertThat(result).bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.contains("requestingUnit", "personnel");

		MvcTestResult rules = submit(ally("DEU"), body("", today().plusDays(30), today().plusDays(29), ""));
		assertThat(rules).hasStatus(400);
		assertThat(rules).bodyJson().extractingPath("$.errors[*].field").asArray().contains("exitDate");

		assertThat(mvc.put()
			.uri("/api/v1/agreements/" + agreementId + "/transit-terms")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"noticeDays\": 91}")).hasStatus(400);
		assertThat(mvc.get().uri("/api/v1/agreements/" + agreementId + "/transit-terms").with(TestUsers.nato()))
			.bodyJson()
			.extractingPath("$.noticeDays")
			.isEqualTo(NOTICE_DAYS);
	}

	@Test
	void theListIsAPageOrJustItsTableForHtmx() {
		String id = germanRequest();

		MvcTestResult page = mvc.get().uri("/transit-requests").with(ally("DEU")).exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("<html", "navbar", "id=\"transit-table\"", "id=\"new-transit-request\"", "awaiting-decision",
					"/transit-requests/" + id);

		MvcTestResult fragment = mvc.get()
			.uri("/transit-requests")
			.with(ally("DEU"))
			.header("HX-Request", "true")
			.exchange();
		assertThat(fragment).hasStatusOk();
		assertThat(fragment).bodyText()
			.contains("id=\"transit-table\"", "/transit-requests/" + id)
			.doesNotContain("<html", "<nav", "new-transit-request");

		assertThat(mvc.get().uri("/transit-requests").with(ally("FRA"))).hasStatusOk()
			.bodyText()
			.doesNotContain("/transit-requests/" + id);
	}

	@Test
	void thePageShowsTheActionsItsReaderMayTake() {
		String id = germanRequest();

		assertThat(mvc.get().uri("/transit-requests/" + id).with(TestUsers.nato())).hasStatusOk()
			.bodyText()
			.contains("id=\"action-review\"", "id=\"action-withdraw\"", "dangerous-goods", "UN1202");
		assertThat(mvc.get().uri("/transit-requests/" + id).with(ally("DEU"))).hasStatusOk()
			.bodyText()
			.contains("id=\"action-withdraw\"")
			.doesNotContain("id=\"action-review\"");

		assertThat(mvc.post()
			.uri("/transit-requests/" + id + "/review")
			.with(ally("DEU"))
			.with(csrf())
			.param("version", "0")).hasStatus(403);
		assertThat(mvc.post()
			.uri("/transit-requests/" + id + "/withdraw")
			.with(ally("FRA"))
			.with(csrf())
			.param("version", "0")).hasStatus(404);
		assertThat(mvc.post()
			.uri("/transit-requests/" + id + "/review")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")).hasStatus3xxRedirection().hasRedirectedUrl("/transit-requests/" + id);
		assertThat(mvc.post()
			.uri("/transit-requests/" + id + "/reject")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "1")
			.param("reason", "")).hasStatusOk().bodyText().contains("id=\"reason-reject-error\"");
		assertThat(mvc.post()
			.uri("/transit-requests/" + id + "/withdraw")
			.with(ally("DEU"))
			.with(csrf())
			.param("version", "1")).hasStatus3xxRedirection();
		assertThat(mvc.get().uri("/api/v1/transit-requests/" + id).with(ally("DEU"))).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("WITHDRAWN");
	}

	@Test
	void theFormShowsProblemsBesideTheFieldsAndSavesNothing() {
		String unit = "Unsaved unit " + UUID.randomUUID().toString().substring(0, 8);

		assertThat(mvc.get().uri("/transit-requests/new").with(ally("DEU"))).hasStatusOk()
			.bodyText()
			.contains("name=\"cargo\"", agreementId)
			.doesNotContain("name=\"urgent\"");

		MvcTestResult result = mvc.post()
			.uri("/transit-requests")
			.with(ally("DEU"))
			.with(csrf())
			.param("agreementId", agreementId)
			.param("requestingNation", "DEU")
			.param("requestingUnit", unit)
			.param("purpose", "KFOR rotation")
			.param("personnel", "many")
			.param("cargo", "Rations | 30\nAmmunition | 5 | DG\nFuel | lots")
			.param("entryPoint", "Tanger Med")
			.param("exitPoint", "Oujda")
			.param("route", "Tanger – Oujda")
			.param("entryDate", today().plusDays(30).toString())
			.param("exitDate", today().plusDays(29).toString())
			.param("contactName", "Movement control")
			.exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).bodyText()
			.contains("id=\"personnel-error\"", "is not a whole number")
			.contains("id=\"cargo-error\"")
			.contains("id=\"exitDate-error\"", "cannot be before the entry date")
			.contains("id=\"contactPhone-error\"");

		MvcTestResult late = mvc.post()
			.uri("/transit-requests")
			.with(ally("DEU"))
			.with(csrf())
			.param("agreementId", agreementId)
			.param("requestingNation", "DEU")
			.param("requestingUnit", unit)
			.param("purpose", "KFOR rotation")
			.param("personnel", "10")
			.param("entryPoint", "Tanger Med")
			.param("exitPoint", "Oujda")
			.param("route", "Tanger – Oujda")
			.param("entryDate", today().plusDays(1).toString())
			.param("exitDate", today().plusDays(1).toString())
			.param("contactName", "Movement control")
			.param("contactPhone", "+49 0000")
			.exchange();
		assertThat(late).hasStatusOk();
		assertThat(late).bodyText().contains("id=\"entryDate-error\"", "had to be made by");

		assertThat(mvc.get().uri("/api/v1/transit-requests?size=200").with(TestUsers.nato())).bodyJson()
			.extractingPath("$.items[*].requestingUnit")
			.asArray()
			.doesNotContain(unit);
	}

	@Test
	void theFormRecordsARequestWithItsCargo() {
		String unit = "Saved unit " + UUID.randomUUID().toString().substring(0, 8);

		MvcTestResult result = mvc.post()
			.uri("/transit-requests")
			.with(ally("DEU"))
			.with(csrf())
			.param("agreementId", agreementId)
			.param("requestingNation", "DEU")
			.param("requestingUnit", unit)
			.param("purpose", "KFOR rotation")
			.param("personnel", "60")
			.param("vehicles", "8")
			.param("cargo", "Rations | 30\n\nDiesel fuel | 12 | un1202\n")
			.param("entryPoint", "Tanger Med")
			.param("exitPoint", "Oujda")
			.param("route", "Tanger – Oujda")
			.param("entryDate", today().plusDays(20).toString())
			.param("exitDate", today().plusDays(21).toString())
			.param("contactName", "Movement control")
			.param("contactEmail", "movcon@example.org")
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		String id = result.getResponse().getRedirectedUrl().replace("/transit-requests/", "");
		assertThat(mvc.get().uri("/api/v1/transit-requests/" + id).with(ally("DEU"))).bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.requestingUnit").isEqualTo(unit);
			assertThat(json).extractingPath("$.cargo[*].description")
				.asArray()
				.containsExactly("Rations", "Diesel fuel");
			assertThat(json).extractingPath("$.cargo[1].dangerous").isEqualTo(true);
			assertThat(json).extractingPath("$.cargo[1].unNumber").isEqualTo("UN1202");
		});
	}

}
