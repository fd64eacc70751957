package org.liaison.activity;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.Browser;
import org.liaison.identity.AccountService;
import org.liaison.identity.Role;
import org.liaison.shared.NationCode;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner's coordinator finds a course in the menu and asks for a place at two of its
 * events; NATO staff approve one request and waitlist the other; the coordinator sees
 * both statuses in the nation's programme.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ActivityBrowserTests {

	static final String COORDINATOR = "activity-coordinator-ukr";

	static final String STAFF = "activity-staff";

	static final String PASSWORD = "a-long-browser-password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	MockMvcTester mvc;

	WebDriver browser;

	String title;

	String ref;

	@BeforeEach
	void setUp() throws Exception {
		if (accounts.roleOf(COORDINATOR).isEmpty()) {
			accounts.create(COORDINATOR, PASSWORD, Role.PARTNER, NationCode.of("UKR"));
		}
		if (accounts.roleOf(STAFF).isEmpty()) {
			accounts.create(STAFF, PASSWORD, Role.NATO_STAFF, null);
		}
		ActivityFixtures fixtures = new ActivityFixtures(mvc);
		title = "Staff officers English course " + UUID.randomUUID().toString().substring(0, 6);
		ref = fixtures.pfpCourse(title);
		fixtures.event(ref, 1);
		fixtures.event(ref, 1, ActivityFixtures.FUTURE.plusDays(30), ActivityFixtures.FUTURE.plusDays(20), "UKR",
				false);
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

	private void signOut(WebDriverWait wait) {
		WebElement button = browser.findElement(By.cssSelector("form[action='/logout'] button"));
		Browser.click(browser, button);
		wait.until(ExpectedConditions.stalenessOf(button));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
	}

	private void askAtEvent(int index, WebDriverWait wait) {
		browser.get(url("/activities/" + ref));
		Browser.click(browser, browser.findElements(By.cssSelector("#events a")).get(index));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("request-form")));
		WebElement seats = browser.findElement(By.id("seats"));
		seats.clear();
		seats.sendKeys("1");
		WebElement ask = browser.findElement(By.id("ask"));
		Browser.click(browser, ask);
		wait.until(ExpectedConditions.stalenessOf(ask));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
		assertThat(browser.findElement(By.id("requests")).getText()).contains("Ukraine", "Requested");
	}

	private void decideAtEvent(int index, String button, String status, WebDriverWait wait) {
		browser.get(url("/activities/" + ref));
		Browser.click(browser, browser.findElements(By.cssSelector("#events a")).get(index));
		WebElement decide = browser.findElement(By.cssSelector("#requests button." + button));
		Browser.click(browser, decide);
		// The decision posts and the page comes back whole: wait for the old one to go
		// first.
		wait.until(ExpectedConditions.stalenessOf(decide));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests"), status));
	}

	@Test
	void aCoordinatorAsksForTwoPlacesStaffApproveOneAndWaitlistTheOtherAndTheCoordinatorSeesBoth() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

		signIn(COORDINATOR, wait);
		browser.get(url("/activities"));
		browser.findElement(By.id("q")).sendKeys(title);
		Browser.click(browser, browser.findElement(By.id("search")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "1 activity"));
		assertThat(browser.getCurrentUrl()).contains("q=");
		Browser.click(browser, browser.findElement(By.linkText(title)));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activity-facts")));
		askAtEvent(0, wait);
		askAtEvent(1, wait);
		signOut(wait);

		signIn(STAFF, wait);
		decideAtEvent(0, "approve", "Approved", wait);
		decideAtEvent(1, "waitlist", "Waitlisted", wait);
		// The event's history tells of the request and of the decision on it.
		Browser.click(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id("history-link"))));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-entries")));
		assertThat(browser.findElement(By.id("audit-entries")).getText()).contains(COORDINATOR, STAFF, "REQUESTED",
				"WAITLISTED");
		signOut(wait);

		signIn(COORDINATOR, wait);
		int year = ActivityFixtures.FUTURE.getYear();
		int page = new ActivityFixtures(mvc).programmePage("UKR", year,
				request -> title.equals(request.get("activityTitle")));
		browser.get(url("/partners/UKR/programme?year=" + year + "&page=" + page));
		String programme = browser.findElement(By.id("area-defence-reform"))
			.findElement(By.xpath("following-sibling::table"))
			.getText();
		assertThat(programme).contains(title, "Approved", "Waitlisted");
		wait.until(ExpectedConditions.attributeToBe(By.cssSelector(".chart[data-chart-id='participation-chart-data']"),
				"data-drawn", "true"));
	}

}
