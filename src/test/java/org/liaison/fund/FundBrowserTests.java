package org.liaison.fund;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.Browser;
import org.liaison.identity.AccountService;
import org.liaison.identity.Role;
import org.liaison.partner.PartnerService;
import org.liaison.partner.ProfileData;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * NATO staff record a receipt and an output value of a trust-fund project, and the
 * project page and the partner's public page show the new totals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FundBrowserTests {

	static final NationCode TUNISIA = NationCode.of("TUN");

	static final String USERNAME = "fund-browser-staff";

	static final String PASSWORD = "a-long-browser-password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	PartnerService partners;

	@Autowired
	ProjectService projects;

	@Autowired
	OutputService outputs;

	WebDriver browser;

	UUID project;

	@BeforeEach
	void setUp() throws Exception {
		if (accounts.roleOf(USERNAME).isEmpty()) {
			accounts.create(USERNAME, PASSWORD, Role.NATO_STAFF, null);
		}
		if (partners.partners(Audience.alliance(), new PageOf.Request(0, 200))
			.items()
			.stream()
			.noneMatch(p -> p.nation().equals(TUNISIA))) {
			partners.createPartner(TUNISIA,
					new ProfileData("A Mediterranean Dialogue partner.", null, false, Releasability.PUBLIC));
		}
		String ref = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		project = projects
			.add(TUNISIA,
					new ProjectData(ref, "Demining " + ref, "Clear mined land.", List.of(NationCode.of("NOR")), false,
							null, "15250", Currency.getInstance("EUR"), null, null, PartialDate.parse("2014-03"), null,
							List.of(new PhaseData("Clearance", null, null, new BigDecimal("500000.00"))),
							ProjectStatus.IN_EXECUTION, false, null, null, Releasability.PUBLIC))
			.id();
		outputs.defineOutput(project, null, new OutputData("hectares-cleared", "Land cleared", "hectares",
				BigDecimal.ZERO, new BigDecimal("120"), List.of(), null));
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void staffRecordAReceiptAndAnOutputAndThePagesShowTheNewTotals() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		Browser.signIn(browser, url(""), USERNAME, PASSWORD);

		browser.get(url("/fund-projects/" + project));
		WebElement form = browser.findElement(By.id("transaction-form"));
		new Select(form.findElement(By.id("kind"))).selectByValue("RECEIPT");
		form.findElement(By.id("party")).sendKeys("NOR");
		form.findElement(By.id("amount")).sendKeys("250000.00");
		form.findElement(By.id("currency")).clear();
		form.findElement(By.id("currency")).sendKeys("EUR");
		form.findElement(By.id("on")).sendKeys("2015-01-10");
		WebElement record = form.findElement(By.cssSelector("button[type=submit]"));
		Browser.click(browser, record);
		// The form posts and the page comes back whole: wait for the old one to go first.
		wait.until(ExpectedConditions.stalenessOf(record));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("figures"), "EUR 250000.00"));
		assertThat(browser.findElement(By.id("balance")).getText()).isEqualTo("EUR 250000.00");

		WebElement output = browser.findElement(By.id("output-hectares-cleared"));
		output.findElement(By.name("on")).sendKeys("2015-01");
		output.findElement(By.name("value")).sendKeys("40");
		output.findElement(By.name("source")).sendKeys("Monthly report");
		WebElement recordValue = output.findElement(By.cssSelector("button[type=submit]"));
		Browser.click(browser, recordValue);
		wait.until(ExpectedConditions.stalenessOf(recordValue));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("output-hectares-cleared"), "33"));

		// Both changes are in the project's history, with who made them.
		Browser.click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id("history-link"))));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-entries")));
		String history = browser.findElement(By.id("audit-entries")).getText();
		assertThat(history).contains(USERNAME, "RECEIPT", "250000", "2015-01", "40");

		browser.get(url("/partners/TUN/relations"));
		String trustFunds = browser.findElement(By.id("trust-funds")).getText();
		assertThat(trustFunds).contains("Funds received: EUR 250,000.00", "Spent: EUR 0.00", "Budget: EUR 500,000.00",
				"40 hectares by January 2015", "target 120 hectares", "Lead nations: Norway");
	}

}
