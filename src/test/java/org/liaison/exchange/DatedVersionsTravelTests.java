package org.liaison.exchange;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;
import org.liaison.EmptyInstallation;
import org.liaison.TestUsers;
import org.liaison.publication.RelationsPage;
import org.liaison.publication.RelationsService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dossier carries the earlier versions of a profile and of its narratives, so that the
 * page as of an earlier day survives a move to another installation, and importing it
 * again changes nothing. The partner is invented (a user-assigned code), its texts
 * illustrative.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DatedVersionsTravelTests {

	private static final NationCode NATION = NationCode.of("QYC");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	DossierService dossiers;

	@Autowired
	RelationsService relations;

	@Autowired
	JsonMapper json;

	private MvcTestResult send(String method, String uri, String version, String body) {
		var request = "PUT".equals(method) ? mvc.put().uri(uri) : mvc.post().uri(uri);
		if (version != null) {
			request = request.header("If-Match", version);
		}
		return request.with("/api/v1/nations".equals(uri) ? TestUsers.admin() : TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	/** A partner with two versions of its profile and a narrative with two of its own. */
	private void partnerWithVersions() {
		if (mvc.get()
			.uri("/api/v1/nations/" + NATION)
			.with(TestUsers.admin())
			.exchange()
			.getResponse()
			.getStatus() == 200) {
			return;
		}
		assertThat(send("POST", "/api/v1/nations", null, """
				{"code": "QYC", "name": "Versionia", "nameFr": "Versionie", "articleFr": "la"}""")).hasStatus(201);
		assertThat(send("POST", "/api/v1/partners", null, """
				{"nation": "QYC", "profile": {"summary": "The first summary.", "aspirant": false,
				 "releasability": "PUBLIC"}}""")).hasStatus(201);
		String profile = mvc.get()
			.uri("/api/v1/partners/QYC")
			.with(TestUsers.nato())
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.ETAG);
		assertThat(send("PUT", "/api/v1/partners/QYC", profile, """
				{"summary": "The second summary.", "aspirant": true, "releasability": "PUBLIC",
				 "effectiveFrom": "2020-01-01"}""")).hasStatusOk();
		MvcTestResult narrative = send("POST", "/api/v1/partners/QYC/narratives", null, """
				{"ref": "overview", "section": "OVERVIEW", "body": "The overview of 2012.", "position": 1,
				 "releasability": "PUBLIC", "effectiveFrom": "2012-01-01"}""");
		assertThat(narrative).hasStatus(201);
		String location = narrative.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(send("PUT", location, "\"0\"", """
				{"ref": "overview", "section": "OVERVIEW", "body": "The overview of 2018.", "position": 1,
				 "releasability": "PUBLIC", "effectiveFrom": "2018-06-01"}""")).hasStatusOk();
	}

	private static String texts(RelationsPage page) {
		return page.summary() + " | " + page.aspirant() + " | " + page.overview();
	}

	@Test
	void anExportCarriesEarlierVersionsAndAFreshInstallationShowsEveryDayAsTheFirstDoes() throws Exception {
		partnerWithVersions();
		ObjectNode export = dossiers.export(NATION, Audience.alliance());
		assertThat(export.path("partner").path("profile").path("effectiveFrom").asString()).isEqualTo("2020-01-01");
		assertThat(export.path("partner").path("profile").path("earlierVersions").get(0).path("summary").asString())
			.isEqualTo("The first summary.");
		assertThat(export.path("narratives").get(0).path("earlierVersions").get(0).path("body").asString())
			.isEqualTo("The overview of 2012.");
		try (InputStream in = Files.newInputStream(Path.of("docs/dossier.schema.json"))) {
			var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
			assertThat(schema
				.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json.writeValueAsString(export))))
				.isEmpty();
		}

		LocalDate[] days = { LocalDate.of(2011, 6, 1), LocalDate.of(2015, 1, 1), LocalDate.of(2019, 1, 1),
				LocalDate.of(2021, 1, 1) };
		try (ConfigurableApplicationContext fresh = EmptyInstallation.start()) {
			DossierService freshDossiers = fresh.getBean(DossierService.class);
			assertThat(freshDossiers.importDossier(export).written()).isPositive();
			RelationsService freshRelations = fresh.getBean(RelationsService.class);
			for (LocalDate day : days) {
				assertThat(texts(freshRelations.page(NATION, Locale.ENGLISH, day))).as("as of " + day)
					.isEqualTo(texts(relations.page(NATION, Locale.ENGLISH, day)));
			}
			assertThat(texts(freshRelations.page(NATION, Locale.ENGLISH, LocalDate.of(2015, 1, 1))))
				.contains("The first summary.", "The overview of 2012.");
			assertThat(freshDossiers.importDossier(export).written()).isZero();
		}
	}

	@Test
	void earlierVersionsThatDoNotComeBeforeTheLatestAreRefusedWithTheirPath() {
		partnerWithVersions();
		ObjectNode export = dossiers.export(NATION, Audience.alliance());
		((ObjectNode) export.path("narratives").get(0).path("earlierVersions").get(0)).put("effectiveFrom",
				"2019-01-01");
		assertThat(send("POST", "/api/v1/dossiers", null, json.writeValueAsString(export))).hasStatus(400)
			.bodyText()
			.contains("earlierVersions[0].effectiveFrom", "before the latest one (2018-06-01)");
	}

}
