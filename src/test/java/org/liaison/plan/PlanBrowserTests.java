package org.liaison.plan;

import java.time.Duration;
import java.time.LocalDate;
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
 * A partner's coordinator self-assesses a goal, NATO staff approve the round, and the
 * plan page and the progress dashboard show the new rating.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanBrowserTests {

	static final NationCode ISRAEL = NationCode.of("ISR");

	static final String COORDINATOR = "plan-coordinator-isr";

	static final String STAFF = "plan-staff";

	static final String PASSWORD = "a-long-browser-password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	PartnerService partners;

	@Autowired
	PlanService plans;

	@Autowired
	PlanTreeService tree;

	@Autowired
	PlanAssessmentService assessments;

	WebDriver browser;

	UUID plan;

	String area;

	@BeforeEach
	void setUp() throws Exception {
		if (accounts.roleOf(COORDINATOR).isEmpty()) {
			accounts.create(COORDINATOR, PASSWORD, Role.PARTNER, ISRAEL);
		}
		if (accounts.roleOf(STAFF).isEmpty()) {
			accounts.create(STAFF, PASSWORD, Role.NATO_STAFF, null);
		}
		if (partners.partners(Audience.alliance(), new PageOf.Request(0, 200))
			.items()
			.stream()
			.noneMatch(p -> p.nation().equals(ISRAEL))) {
			partners.createPartner(ISRAEL,
					new ProfileData("A Mediterranean Dialogue partner.", null, false, Releasability.PUBLIC));
		}
		String ref = "browser-" + UUID.randomUUID().toString().substring(0, 8);
		area = "logistics " + ref;
		plan = plans
			.add(ISRAEL, new PlanData(ref, "PARP", "Planning and Review cycle " + ref, PartialDate.parse("2014"),
					PartialDate.parse("2018"), PlanStatus.AGREED, null, null, null, Releasability.PARTNER, false))
			.id();
		tree.addNode(plan,
				new NodeData("C1", null, "Cycle 2016", null, null, List.of(), null, false, null, 0, List.of(), false));
		tree.addNode(plan, new NodeData("G1", "C1", "Fuel logistics interoperable with Allies", null,
				"Ministry of Defence", List.of(), PartialDate.parse("2017"), false, area, 0, List.of(), false));
		assessments.openRound(plan, new RoundData("Self-assessment 2016", LocalDate.of(2016, 4, 1), null, false));
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

	private void signIn(String username, WebDriverWait wait) {
		Browser.signIn(browser, url(""), username, PASSWORD);
	}

	@Test
	void aSelfAssessmentApprovedByStaffShowsOnThePlanAndTheDashboard() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

		signIn(COORDINATOR, wait);
		browser.get(url("/plans/" + plan));
		// An open subtree is fetched again by htmx once the page has loaded, so read it
		// by waiting.
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("node-G1"), "Fuel logistics"));
		new Select(browser.findElement(By.id("assess-node")))
			.selectByVisibleText(new Select(browser.findElement(By.id("assess-node"))).getOptions()
				.stream()
				.filter(option -> option.getText().contains("G1"))
				.findFirst()
				.orElseThrow()
				.getText());
		browser.findElement(By.id("on")).sendKeys("2016-05-02");
		new Select(browser.findElement(By.id("rating"))).selectByValue("ACHIEVED");
		WebElement assess = browser.findElement(By.id("assess"));
		Browser.click(browser, assess);
		wait.until(ExpectedConditions.stalenessOf(assess));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#node-G1 .rating-ACHIEVED")));
		assertThat(browser.findElements(By.id("approve-round"))).isEmpty();
		WebElement signOut = browser.findElement(By.cssSelector("form[action='/logout'] button"));
		Browser.click(browser, signOut);
		wait.until(ExpectedConditions.stalenessOf(signOut));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));

		signIn(STAFF, wait);
		browser.get(url("/plans/" + plan));
		WebElement approve = browser.findElement(By.id("approve-round"));
		Browser.click(browser, approve);
		wait.until(ExpectedConditions.stalenessOf(approve));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rounds"), "approved"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("node-G1"), "Achieved"));

		// The plan's history tells who assessed and who approved.
		Browser.click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id("history-link"))));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-entries")));
		assertThat(browser.findElement(By.id("audit-entries")).getText()).contains(COORDINATOR, "ACHIEVED", STAFF,
				"APPROVED");

		browser.get(url("/partners/ISR/progress"));
		WebElement byArea = browser.findElement(By.id("by-area"));
		assertThat(byArea.getText()).contains(area, "100 %");
		wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".chart[data-chart-id='area-chart-data']"),
				"data-drawn", "true"));
	}

}
