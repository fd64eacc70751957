package org.liaison.fund;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.liaison.fund.internal.IatiWriter;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.xml.sax.SAXException;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The IATI 2.03 export validates against the official schema (copied with its notice into
 * src/test/resources/iati-2.03), publishes only public, non-illustrative projects, and a
 * document that breaks the schema fails the same validator. Serbia's demo projects are
 * imported into Malta for it, so that Serbia's own record stays untouched.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IatiExportTests {

	static final NationCode MALTA = NationCode.of("MLT");

	static Schema schema;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	FundDossier dossier;

	@Autowired
	PortfolioService portfolios;

	@Autowired
	ProjectService projects;

	@Autowired
	LedgerService ledgers;

	@Autowired
	IatiService iati;

	@BeforeAll
	static void loadSchema() throws SAXException {
		schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
			.newSchema(IatiExportTests.class.getResource("/iati-2.03/iati-activities-schema.xsd"));
	}

	static void validate(String xml) throws Exception {
		Validator validator = schema.newValidator();
		validator.validate(new StreamSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
	}

	void partner(String nation) {
		TestPartners.ensure(mvc, nation);
	}

	/**
	 * Imports the Serbia demo file's projects into Malta; answers what each import said.
	 */
	List<Boolean> importDemo() throws Exception {
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = getClass().getResourceAsStream("/demo/serbia-dossier.json")) {
			JsonNode root = json.readTree(in);
			List<Boolean> written = new java.util.ArrayList<>();
			for (JsonNode fund : root.get("funds")) {
				ProjectData data = json.treeToValue(fund, ProjectData.class);
				List<TransactionData> transactions = json.readerForListOf(TransactionData.class)
					.readValue(fund.get("transactions"));
				List<OutputData> outputs = json.readerForListOf(OutputData.class).readValue(fund.get("outputs"));
				written.add(dossier.importProject(MALTA, data, transactions, outputs,
						Instant.parse(fund.get("updatedAt").asString())));
			}
			return written;
		}
	}

	@Test
	void serbiasDemoProjectsImportOnceAndExportAsValidIati() throws Exception {
		partner("MLT");
		importDemo();
		assertThat(importDemo()).containsOnly(false);

		ProjectDetails iom = portfolios.details(projects.project(MALTA, "alternative-livelihoods", Audience.ANONYMOUS),
				Audience.ANONYMOUS);
		assertThat(iom.figures().budget().toString()).isEqualTo("EUR 9600000.00");
		assertThat(iom.outputs().get(0).latest().value()).isEqualByComparingTo("6000");
		assertThat(projects.project(MALTA, "small-arms-destruction", Audience.ANONYMOUS).status())
			.isEqualTo(ProjectStatus.COMPLETED);

		MvcTestResult result = mvc.get().uri("/api/v1/partners/MLT/iati-activities.xml").exchange();
		assertThat(result).hasStatusOk();
		String xml = result.getResponse().getContentAsString();
		validate(xml);
		assertThat(xml).contains("<iati-activities version=\"2.03\" generated-datetime=",
				"<iati-identifier>XM-NATO-MLT-alternative-livelihoods</iati-identifier>",
				"<iati-identifier>XM-NATO-MLT-small-arms-destruction</iati-identifier>",
				"<iati-identifier>XM-NATO-MLT-landmine-destruction</iati-identifier>",
				"<iati-identifier>XM-NATO-MLT-surplus-ammunition-demilitarisation</iati-identifier>",
				"<recipient-country code=\"MT\"", "<sector vocabulary=\"1\" code=\"15240\"",
				"role=\"4\"><narrative>International Organization for Migration", "<activity-status code=\"3\"",
				"<activity-status code=\"2\"", "<activity-date type=\"4\" iso-date=\"2007-06-01\"",
				"<value currency=\"EUR\" value-date=\"2005-01-01\">9600000", "<result type=\"1\">",
				"<indicator measure=\"1\"", "<actual value=\"28000\"", "<target value=\"28000\"",
				"Surplus ammunition and explosives decommissioned (tonnes)", "9600000.00</value>");
		// illustrative lead nations and transactions are not published as fact
		String iomXml = mvc.get()
			.uri("/api/v1/partners/MLT/funds/alternative-livelihoods/iati-activity.xml")
			.exchange()
			.getResponse()
			.getContentAsString();
		validate(iomXml);
		assertThat(iomXml).contains("role=\"4\"").doesNotContain("<transaction", "role=\"2\"");

		MvcTestResult single = mvc.get()
			.uri("/api/v1/funds/landmine-destruction/iati-activity.xml?partner=MLT")
			.exchange();
		assertThat(single).hasStatusOk();
		validate(single.getResponse().getContentAsString());
		assertThat(mvc.get().uri("/api/v1/partners/MLT/funds/landmine-destruction/iati-activity.xml")).hasStatusOk();
	}

	@Test
	void onlyPublicFactsArePublished() throws Exception {
		partner("MLT");
		ProjectSummary hidden = projects.add(MALTA,
				project("nato-only-" + System.nanoTime(), Releasability.NATO, false));
		ProjectSummary partnerOnly = projects.add(MALTA,
				project("partner-only-" + System.nanoTime(), Releasability.PARTNER, false));
		ProjectSummary demo = projects.add(MALTA,
				project("illustrative-" + System.nanoTime(), Releasability.PUBLIC, true));
		ProjectSummary published = projects.add(MALTA,
				project("published-" + System.nanoTime(), Releasability.PUBLIC, false));
		ledgers.addTransaction(published.id(), published.version(),
				new TransactionData(TransactionKind.PLEDGE, NationCode.of("AUT"), null, new BigDecimal("250000.00"),
						Currency.getInstance("EUR"), java.time.LocalDate.parse("2013-08-01"), false, null, null,
						"Pledge", false),
				Audience.alliance());

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		iati.writeIatiActivities(MALTA, out);
		String xml = out.toString(StandardCharsets.UTF_8);
		validate(xml);
		assertThat(xml).contains(IatiWriter.identifier(published), "<transaction-type code=\"11\"",
				"<provider-org ref=\"AUT\"><narrative>Austria", "role=\"1\"><narrative>Austria", "role=\"2\"");
		assertThat(xml).doesNotContain(hidden.ref(), partnerOnly.ref(), demo.ref());
		assertThat(mvc.get()
			.uri("/api/v1/partners/MLT/funds/" + hidden.ref() + "/iati-activity.xml")
			.with(TestUsers.nato())).hasStatus(404);
		// Written to the response as it is made, yet a refusal is a problem, never the
		// start of a document.
		assertThat(mvc.get().uri("/api/v1/partners/XXX/iati-activities.xml").with(TestUsers.nato())).hasStatus(404)
			.bodyText()
			.contains("No nation 'XXX'")
			.doesNotContain("<iati-activities", "Exception");
		assertThat(mvc.get().uri("/api/v1/partners/MLT/funds/" + demo.ref() + "/iati-activity.xml")).hasStatus(401);
	}

	static ProjectData project(String ref, Releasability releasability, boolean illustrative) {
		return new ProjectData(ref, "Project " + ref, "Objective & <purpose>", List.of(NationCode.of("AUT")), false,
				null, "15240", Currency.getInstance("EUR"), PartialDate.parse("2013"), PartialDate.parse("2015"),
				PartialDate.parse("2013-07"), null,
				List.of(new PhaseData("Phase 1", null, null, new BigDecimal("1000.00"))), ProjectStatus.IN_EXECUTION,
				illustrative, null, null, releasability);
	}

	@Test
	void aDocumentThatBreaksTheSchemaFailsTheValidator() throws Exception {
		String valid = """
				<iati-activities version="2.03">
				  <iati-activity>
				    <iati-identifier>XM-NATO-MLT-x</iati-identifier>
				    <reporting-org ref="XM-NATO" type="40"><narrative>NATO</narrative></reporting-org>
				    <title><narrative>T</narrative></title>
				    <description><narrative>D</narrative></description>
				    <participating-org role="3"><narrative>NATO</narrative></participating-org>
				    <activity-status code="2"/>
				    <activity-date type="2" iso-date="2013-07-01"/>
				  </iati-activity>
				</iati-activities>""";
		validate(valid);

		String withoutIdentifier = valid.replace("<iati-identifier>XM-NATO-MLT-x</iati-identifier>", "");
		assertThatThrownBy(() -> validate(withoutIdentifier)).isInstanceOf(SAXException.class)
			.hasMessageContaining("reporting-org");
		String badOrder = valid.replace("<activity-status code=\"2\"/>", "")
			.replace("<activity-date type=\"2\" iso-date=\"2013-07-01\"/>",
					"<activity-date type=\"2\" iso-date=\"2013-07-01\"/><activity-status code=\"2\"/>");
		assertThatThrownBy(() -> validate(badOrder)).isInstanceOf(SAXException.class);
		String partialDate = valid.replace("iso-date=\"2013-07-01\"", "iso-date=\"2013-07\"");
		assertThatThrownBy(() -> validate(partialDate)).isInstanceOf(SAXException.class);
	}

	@Test
	void serbiaHasTwoLetterCodeRs() {
		assertThat(IatiWriter.alpha2(NationCode.of("SRB"))).isEqualTo("RS");
		assertThat(mvc.get().uri("/api/v1/partners/SRB/iati-activities.xml")).hasStatusOk()
			.bodyText()
			.contains("<iati-activities version=\"2.03\"");
	}

}
