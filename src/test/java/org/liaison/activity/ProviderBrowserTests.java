package org.liaison.activity;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.Browser;
import org.liaison.identity.AccountService;
import org.liaison.identity.Role;
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
 * A training centre's provider adds a session of its course through the event form, finds
 * its event among its own, sees who the partners nominated, runs registration from open
 * to closed, and records that the approved participant came.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ProviderBrowserTests {

	static final String PROVIDER = "activity-provider-school";

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

	UUID event;

	@BeforeEach
	void setUp() throws Exception {
		ActivityFixtures fixtures = new ActivityFixtures(mvc);
		fixtures.setUp();
		if (accounts.roleOf(PROVIDER).isEmpty()) {
			accounts.create(PROVIDER, PASSWORD, Role.PROVIDER, null, ActivityFixtures.PROVIDER);
		}
		title = "Logistics planning course " + UUID.randomUUID().toString().substring(0, 6);
		ref = fixtures.pfpCourse(title);
		event = fixtures.event(ref, 2);
		String request = ActivityFixtures.id(fixtures.ask(event, "UKR", 1));
		fixtures.staff("/api/v1/participation-requests/" + request + "/approve");
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	/**
	 * Sets a field's value as a person would leave it; a date field takes ISO text this
	 * way whatever the browser's locale.
	 */
	private void type(String id, String value) {
		WebElement field = browser.findElement(By.id(id));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field,
				value);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void aProviderRunsRegistrationOfItsEventAndRecordsAttendance() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		Browser.signIn(browser, url(""), PROVIDER, PASSWORD);

		// It adds a new session of its course through the event form.
		browser.get(url("/activities/" + ref));
		Browser.click(browser, browser.findElement(By.id("add-event")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event-form")));
		type("start", "2031-09-15");
		type("end", "2031-09-19");
		type("deadline", "2031-08-31");
		type("city", "Krusevac");
		type("nation", "SRB");
		type("seats", "16");
		type("language", "English");
		assertThat(browser.findElements(By.id("milestone"))).as("the milestone is staff's to mark").isEmpty();
		Browser.submit(browser, browser.findElement(By.id("save")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
		assertThat(browser.findElement(By.id("event-facts")).getText()).contains("2031-09-15", "Krusevac", "Planned");
		browser.get(url("/activities/" + ref));
		assertThat(browser.findElement(By.id("events")).getText()).contains("2031-09-15", "Krusevac, Serbia");

		Browser.click(browser, browser.findElement(By.id("nav-fill")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("provider-intro")));
		WebElement row = browser.findElement(By.id("fill-" + event));
		assertThat(row.getText()).contains(title, "Planned");
		Browser.click(browser, row.findElement(By.linkText(title)));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requests")));
		assertThat(browser.findElement(By.id("requests")).getText()).contains("Ukraine", "Olena Petrenko", "Approved");

		Browser.submit(browser, browser.findElement(By.id("move-OPEN")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-facts"), "Open"));
		Browser.submit(browser, browser.findElement(By.id("move-CLOSED")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-facts"), "Closed"));
		Browser.submit(browser, browser.findElement(By.cssSelector("#requests button.attended")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests"), "Attended"));
		assertThat(browser.findElements(By.cssSelector("#requests button.approve"))).isEmpty();

	}

}
