package org.liaison.audit;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.audit.internal.AuditQueries;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The trail of who changed what: one entry per change, written with the change or not at
 * all, with the fields it changed, and a history of each record as its reader may see it.
 * Kuwait and Egypt are this class's partners.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditQueries trail;

	@Autowired
	JdbcClient jdbc;

	private String agreement(String nation, String title, String releasability) {
		TestPartners.ensure(mvc, nation);
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/" + nation + "/agreements")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "IPAP", "title": "%s", "status": "DRAFT",
					 "parties": [{"name": "NATO"}, {"name": "The partner", "nation": "%s"}], "releasability": "%s"}
					""".formatted(title, nation, releasability))
			.exchange();
		assertThat(result).hasStatus(201);
		return result.getResponse().getHeader("Location").replace("/api/v1/agreements/", "");
	}

	private List<AuditEntry> history(String id) {
		return trail.history("Agreement", id, Audience.alliance(), 100);
	}

	private static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void anAgreementRecordedAndMovedLeavesAnEntryForEachChangeWithWhoAndWhat() {
		String title = unique("Action plan");
		String id = agreement("KWT", title, "PARTNER");
		assertThat(mvc.post()
			.uri("/api/v1/agreements/" + id + "/submit")
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"2014-06\"}")).hasStatusOk();
		assertThat(mvc.post()
			.uri("/agreements/" + id + "/agree")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "1")
			.param("on", "2015-01-15")).hasStatus3xxRedirection();

		List<AuditEntry> entries = history(id);
		assertThat(entries).extracting(AuditEntry::action).containsExactly("moved", "moved", "created");
		AuditEntry agreed = entries.get(0);
		assertThat(agreed.actor()).isEqualTo("nato-test");
		assertThat(agreed.actorRole()).isEqualTo("NATO_STAFF");
		assertThat(agreed.channel()).isEqualTo(Channel.PAGE);
		assertThat(agreed.partner()).isEqualTo(NationCode.of("KWT"));
		assertThat(agreed.releasability()).hasToString("PARTNER");
		assertThat(agreed.requestId()).isNotBlank();
		assertThat(agreed.changes()).contains(new FieldChange("status", "SUBMITTED", "AGREED"),
				new FieldChange("agreedOn", null, "2015-01-15"));
		assertThat(entries.get(1).channel()).isEqualTo(Channel.API);
		assertThat(entries.get(1).changes()).contains(new FieldChange("status", "DRAFT", "SUBMITTED"));
		assertThat(entries.get(2).changes()).contains(new FieldChange("title", null, title));
	}

	@Test
	void aRecordReclassifiedFromNatoToPartnerKeepsItsNatoPastFromThePartner() {
		String id = agreement("KWT", unique("Reclassified plan"), "NATO");
		assertThat(mvc.put()
			.uri("/api/v1/agreements/" + id)
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"type": "IPAP", "title": "Now shared with the partner", "status": "DRAFT",
					 "parties": [{"name": "NATO"}], "releasability": "PARTNER"}""")).hasStatusOk();
		Audience kuwait = Audience.partner(NationCode.of("KWT"));

		// The change shows the NATO-only title it replaced: the partner reads none of it.
		assertThat(trail.history("Agreement", id, kuwait, 10)).isEmpty();
		assertThat(history(id)).hasSize(2);
	}

	@Test
	void aRefusedChangeLeavesNoEntry() {
		String id = agreement("KWT", unique("Programme"), "PUBLIC");

		assertThat(mvc.post()
			.uri("/api/v1/agreements/" + id + "/submit")
			.with(TestUsers.nato())
			.header("If-Match", "\"7\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"2014-06\"}")).hasStatus(409);
		assertThat(mvc.post()
			.uri("/api/v1/agreements/" + id + "/enter-into-force")
			.with(TestUsers.nato())
			.header("If-Match", "\"0\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"on\": \"2014-06\"}")).hasStatus4xxClientError();

		assertThat(history(id)).extracting(AuditEntry::action).containsExactly("created");
	}

	@Test
	void aPartnersUserSeesTheHistoryOfItsOwnRecordsAndNothingOfOthersOrOfNatoOnes() {
		String own = agreement("KWT", unique("Own plan"), "PARTNER");
		String other = agreement("EGY", unique("Other plan"), "PARTNER");
		String withheld = agreement("KWT", unique("Withheld plan"), "NATO");
		Audience tunisia = Audience.partner(NationCode.of("KWT"));

		assertThat(trail.history("Agreement", own, tunisia, 10)).hasSize(1);
		assertThat(trail.history("Agreement", other, tunisia, 10)).isEmpty();
		assertThat(trail.history("Agreement", withheld, tunisia, 10)).isEmpty();
		assertThat(trail.history("Agreement", own, Audience.publicOnly(true), 10)).isEmpty();
	}

	@Test
	void theChainIsIntactAfterChangesAndNamesTheFirstEntryAlteredInTheDatabase() {
		String id = agreement("EGY", unique("Chained plan"), "PUBLIC");
		assertThat(trail.verify().intact()).isTrue();
		long seq = history(id).get(0).seq();

		String kept = jdbc.sql("select record_ref from audit_entry where seq = :seq")
			.param("seq", seq)
			.query(String.class)
			.single();
		tamper("update audit_entry set record_ref = 'forged' where seq = " + seq);
		try {
			ChainVerification verification = trail.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.brokenAt()).isEqualTo(seq);
			assertThat(verification.summary()).contains("entry " + seq, "changed");
		}
		finally {
			tamper("update audit_entry set record_ref = '" + kept + "' where seq = " + seq);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	/**
	 * Alters the trail as someone with the database's owner rights would: on PostgreSQL
	 * only after switching off the trigger that refuses it.
	 */
	private void tamper(String update) {
		if (onPostgresql()) {
			jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
		}
		try {
			jdbc.sql(update).update();
		}
		finally {
			if (onPostgresql()) {
				jdbc.sql("alter table audit_entry enable trigger audit_entry_append_only").update();
			}
		}
	}

	private boolean onPostgresql() {
		return jdbc
			.sql("select count(*) from information_schema.triggers where trigger_name = 'audit_entry_append_only'")
			.query(Long.class)
			.single() > 0;
	}

}
