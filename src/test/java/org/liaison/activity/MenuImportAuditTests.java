package org.liaison.activity;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.audit.AuditEntry;
import org.liaison.audit.AuditQuery;
import org.liaison.audit.Channel;
import org.liaison.audit.internal.AuditQueries;
import org.liaison.shared.Audience;
import org.liaison.shared.PageOf;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import of the menu as the audit trail tells it: one entry a record, tied together.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MenuImportAuditTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditQueries trail;

	@Test
	void everyRecordAnImportWritesHasItsEntryTiedToTheImportsRequest() {
		new ActivityFixtures(mvc).setUp();
		int base = ThreadLocalRandom.current().nextInt(70000, 79000);
		String csv = MenuCsvTests.HEADER + "\r\n" + MenuCsvTests.row("ACT." + base, "Audited course")
				+ MenuCsvTests.row("ACT." + (base + 1), "Audited seminar");
		assertThat(mvc.post().uri("/api/v1/activities.csv").with(TestUsers.nato()).contentType("text/csv").content(csv))
			.hasStatusOk();

		List<AuditEntry> written = trail
			.search(new AuditQuery("nato-test", null, "Activity", null, null), PageOf.Request.first())
			.items()
			.stream()
			.filter(entry -> List.of("ACT." + base, "ACT." + (base + 1)).contains(entry.recordRef()))
			.toList();
		assertThat(written).hasSize(2).allSatisfy(entry -> {
			assertThat(entry.channel()).isEqualTo(Channel.IMPORT);
			assertThat(entry.action()).isEqualTo("created");
		});
		assertThat(written).extracting(AuditEntry::requestId)
			.doesNotContainNull()
			.containsOnly(written.get(0).requestId());
		assertThat(trail.history("Activity", written.get(0).recordId(), Audience.publicOnly(true), 5)).hasSize(1);
	}

}
