package org.liaison.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.EmptyInstallation;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Dossiers of partners the demo does not cover, written from public facts and kept under
 * {@code src/test/resources/dossiers}: a former partner that is now an Ally (Finland), a
 * partner across the globe outside the Partnership for Peace (Australia) and a partner
 * whose relations a commission steers, created by a charter (Georgia). Each imports into
 * an installation that has never heard of them, and its public page states its facts,
 * today and as of a past day.
 */
class EveryKindOfPartnerTests {

	private static ConfigurableApplicationContext installation;

	private static final HttpClient http = HttpClient.newHttpClient();

	@BeforeAll
	static void importTheDossiers() throws IOException {
		installation = EmptyInstallation.start();
		DossierService dossiers = installation.getBean(DossierService.class);
		JsonMapper json = installation.getBean(JsonMapper.class);
		for (String name : new String[] { "finland", "australia", "georgia" }) {
			try (InputStream in = EveryKindOfPartnerTests.class
				.getResourceAsStream("/dossiers/" + name + "-dossier.json")) {
				dossiers.importDossier(json.readTree(in));
			}
		}
	}

	@AfterAll
	static void stop() {
		installation.close();
	}

	private static String page(String path, String language) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI
				.create("http://localhost:" + installation.getEnvironment().getProperty("local.server.port") + path))
			.header("Accept-Language", language)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return HtmlUtils.htmlUnescape(response.body());
	}

	private static JsonNode json(String path) throws Exception {
		return installation.getBean(JsonMapper.class).readTree(page(path, "en"));
	}

	/** Milestones derived from records reach the timeline after their transaction. */
	private static void awaitTimeline(String partner, String text) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(page("/partners/" + partner + "/relations", "en")).contains(text));
	}

	@Test
	void aFormerPartnerThatIsNowAnAllyKeepsItsWholeRecordAndItsPageSaysSo() throws Exception {
		awaitTimeline("FIN", "Finland becomes a member of NATO.");
		String page = page("/partners/FIN/relations", "en");
		assertThat(page).contains(
				"A member of the Alliance since April 2023: this page keeps the record of the partnership that preceded its accession.",
				"Partnership for Peace: 9 May 1994 to 4 April 2023",
				"Euro-Atlantic Partnership Council: since May 1997", "Finland joins the Partnership for Peace.",
				"Finland submits its application to join NATO.", "Allies sign the Accession Protocol of Finland.",
				"Host Nation Support Memorandum of Understanding", "KFOR in Kosovo, from 1999")
			.doesNotContain("id=\"aspirant\"", "aspires to membership");
		// The accession closes the timeline, after the protocol that led to it.
		assertThat(page.indexOf("Allies sign the Accession Protocol of Finland."))
			.isLessThan(page.indexOf("Finland becomes a member of NATO."));
		assertThat(page("/partners/FIN/relations", "fr")).contains("Membre de l'Alliance depuis avril 2023",
				"Mémorandum d'entente sur le soutien du pays hôte");

		String partner = page("/partners/FIN/relations?on=2015-01-01", "en");
		assertThat(partner)
			.contains("Partnership for Peace: since 9 May 1994", "Enhanced Opportunities Partner",
					"The partner is not an aspirant for membership of the Alliance.")
			.doesNotContain("A member of the Alliance since", "becomes a member of NATO", "submits its application",
					"Accession Protocol");
	}

	@Test
	void aPartnerAcrossTheGlobeOutsideThePartnershipForPeaceHasItsProgrammesInTheirChain() throws Exception {
		JsonNode page = json("/api/v1/partners/AUS/relations");
		assertThat(page.path("memberships").findValuesAsString("framework"))
			.containsExactlyInAnyOrder("Partners across the Globe", "Enhanced Opportunities Partner");
		assertThat(page.hasNonNull("allySince")).isFalse();

		String html = page("/partners/AUS/relations", "en");
		assertThat(html).contains("NATO-Australia Joint Political Declaration", "Joint Political Declaration",
				"Individual Partnership and Cooperation Programme (2019)",
				"Follows: Individual Partnership and Cooperation Programme (2013)",
				"The partner is not an aspirant for membership of the Alliance.",
				"NATO and Australia renew their Individual Partnership and Cooperation Programme.");
		assertThat(html.indexOf("Individual Partnership and Cooperation Programme (2013) <span"))
			.isLessThan(html.indexOf("Individual Partnership and Cooperation Programme (2019) <span"));
		assertThat(page("/partners/AUS/relations", "fr")).contains("Déclaration politique conjointe");

		assertThat(page("/partners/AUS/relations?on=2013-06-01", "en"))
			.contains("Individual Partnership and Cooperation Programme (2013)")
			.doesNotContain("Individual Partnership and Cooperation Programme (2019)",
					"Enhanced Opportunities Partner: since");
	}

	@Test
	void aPartnerWhoseCommissionACharterCreatedShowsTheCommissionItsMeetingsAndItsAspiration() throws Exception {
		awaitTimeline("GEO", "NATO opens a Liaison Office in Tbilisi.");
		String page = page("/partners/GEO/relations", "en");
		assertThat(page).contains("The partner aspires to membership of the Alliance.",
				"NATO-Georgia Commission (NGC)\n                <span class=\"text-muted fw-normal body-kind\"> — Commission</span>",
				"Framework Document on the NATO-Georgia Commission", "Charter", "15 September 2008, Tbilisi",
				"Participants: North Atlantic Council, Government of Georgia", "Annual National Programme 2009",
				"Annual National Programme", "NATO Liaison Office Georgia",
				"At the Bucharest Summit, Allied leaders agree that Georgia will become a member of NATO.",
				"Georgia is the first partner to agree an Individual Partnership Action Plan with NATO.",
				"<li>the NATO-Georgia Joint Training and Evaluation Centre, opened in 2015</li>")
			.doesNotContain("A member of the Alliance since");

		assertThat(page("/partners/GEO/relations?on=2007-12-31", "en"))
			.contains("Georgia joins the Partnership for Peace.", "Intensified Dialogue")
			.doesNotContain("Framework Document on the NATO-Georgia Commission", "15 September 2008, Tbilisi",
					"At the Bucharest Summit, Allied leaders agree", "Liaison Office in Tbilisi",
					"Annual National Programme 2009");
	}

}
