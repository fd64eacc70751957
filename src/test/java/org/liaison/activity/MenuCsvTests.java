package org.liaison.activity;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.liaison.TestUsers;
import org.liaison.shared.Audience;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.activity.ActivityFixtures.body;

/**
 * The menu as CSV: every bad row reported with its line and nothing written; a re-import
 * changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MenuCsvTests {

	static final String HEADER = "reference,title,area,discipline,type,provider,delivery,durationDays,clearance,eligibility,fee,currency,activeFrom,activeTo,releasability";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MenuService menuService;

	MvcTestResult upload(String csv) {
		return mvc.post()
			.uri("/api/v1/activities.csv")
			.with(TestUsers.nato())
			.contentType("text/csv")
			.content(csv)
			.exchange();
	}

	static String row(String ref, String title) {
		return ref + ",\"" + title + ", level 1\",defence-reform,defence-planning,COURSE," + ActivityFixtures.PROVIDER
				+ ",RESIDENTIAL,5,false,PFP MD UKR,250,EUR,2014-01-01,2016-12-31,PUBLIC\r\n";
	}

	@Test
	void badRowsAreAllReportedWithTheirLineAndNothingIsWritten() {
		new ActivityFixtures(mvc).setUp();
		int base = ThreadLocalRandom.current().nextInt(2000, 9000);
		String good = "ACT." + base;
		String csv = HEADER + "\r\n" + row(good, "Good course")
				+ "ACT-12,Bad ref,defence-reform,defence-planning,COURSE," + ActivityFixtures.PROVIDER
				+ ",ONLINE,2,false,PFP,,,,,PUBLIC\r\n" + "ACT." + (base + 1)
				+ ",Bad type,defence-reform,defence-planning,LECTURE," + ActivityFixtures.PROVIDER
				+ ",ONLINE,2,false,PFP,,,,,PUBLIC\r\n" + "ACT." + (base + 2)
				+ ",Bad fields,defence-reform,defence-planning,COURSE,no-such-school,ONLINE,2,maybe,XX1,12,EURO,2015-13-01,,PUBLIC\r\n"
				+ "ACT." + (base + 4)
				+ ",Bad area,nowhere,defence-planning,COURSE,no-such-school,ONLINE,2,false,PFP,,,,,PUBLIC\r\n"
				+ row(good, "Duplicate course") + "ACT." + (base + 3) + ",Too short\r\n";
		MvcTestResult result = upload(csv);
		assertThat(result).hasStatus(422);
		String report = body(result);
		assertThat(report).contains("line 3: ref", "line 4: type 'LECTURE'", "line 5: clearance 'maybe'",
				"eligibility 'XX1'", "'EURO' is not an ISO 4217", "activeFrom '2015-13-01'", "line 6: area 'nowhere'",
				"provider 'no-such-school'", "line 7: reference " + good + " is already on line 2",
				"line 8: has 2 fields");
		assertThat(report.indexOf("line 3")).isLessThan(report.indexOf("line 8"));
		assertThat(report).doesNotContain("line 2:");
		// Nothing is written: the good row's activity is not on the menu. Looked up by
		// its
		// ref, since a search for it also finds other tests' refs that contain it.
		assertThat(mvc.get().uri("/api/v1/activities/" + good).with(TestUsers.nato())).hasStatus(404);
		assertThat(upload("title,reference\r\n")).hasStatus(422).bodyText().contains("line 1: the header");
	}

	@Test
	void anImportedMenuIsExportedAndReimportedWithoutChange() {
		new ActivityFixtures(mvc).setUp();
		int base = ThreadLocalRandom.current().nextInt(20, 99) * 100;
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		for (int i = 0; i < 5; i++) {
			csv.append(row("ACT." + (base + i), "Imported course " + base + i));
		}
		MvcTestResult first = upload(csv.toString());
		assertThat(first).hasStatusOk();
		assertThat(body(first)).contains("\"created\":5");
		MvcTestResult again = upload(csv.toString());
		assertThat(body(again)).contains("\"created\":0", "\"changed\":0");
		ActivitySummary imported = menuService.activity("ACT." + base, Audience.alliance());
		assertThat(imported.title()).isEqualTo("Imported course " + base + "0, level 1");
		assertThat(imported.frameworks()).containsExactly("MD", "PFP");
		assertThat(imported.fee()).hasToString("EUR 250.00");

		MvcTestResult exported = mvc.get().uri("/api/v1/activities.csv").with(TestUsers.nato()).exchange();
		assertThat(exported).hasStatusOk();
		String all = body(exported);
		assertThat(all).startsWith(HEADER + "\r\n")
			.contains("ACT." + base + ",\"Imported course " + base + "0, level 1\"");
		assertThat(body(upload(all))).contains("\"created\":0", "\"changed\":0");
		assertThat(body(upload(csv.toString().replace("Imported course " + base + "1", "Renamed course"))))
			.contains("\"changed\":1");
		assertThat(mvc.post()
			.uri("/api/v1/activities.csv")
			.with(TestUsers.partner("UKR"))
			.contentType("text/csv")
			.content(csv.toString())).hasStatus(403);
	}

	@Test
	void fourteenHundredRowsImportInOneBatch() {
		new ActivityFixtures(mvc).setUp();
		// References far from the demo menu's (ACT.101 and up), which other tests read.
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		for (int i = 0; i < 1400; i++) {
			csv.append(row("ACT." + (90000 + i), "Bulk menu row " + i));
		}
		CsvImportReport report = menuService.importCsv(csv.toString());
		assertThat(report.errors()).isEmpty();
		assertThat(report.rows()).isEqualTo(1400);
		assertThat(menuService.importCsv(csv.toString()).changed()).isZero();
	}

}
