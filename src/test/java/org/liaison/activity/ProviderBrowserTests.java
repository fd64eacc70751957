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
 * A training centre's provider finds its event among its own, sees who the partners nominated,
 * runs registration from open to closed, and records that the approved participant came.
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

	UUID event;

	@BeforeEach
	void setUp() throws Exception {
		ActivityFixtures fixtures = new ActivityFixtures(mvc);
		fixtures.setUp();
		if (accounts.roleOf(PROVIDER).isEmpty()) {
			accounts.create(PROVIDER, PASSWORD, Role.PROVIDER, null, ActivityFixtures.PROVIDER);
		}
		title = "Logistics planning course " + UUID.randomUUID().toString().substring(0, 6);
		String ref = fixtures.pfpCourse(title);
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

	private String url(String path) {
		return "http://localhost:" + port + path;
	}



	@Test
	void aProviderRunsRegistrationOfItsEventAndRecordsAttendance() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		Browser.signIn(browser, url(""), PROVIDER, PASSWORD);

		Browser.click(browser, browser.findElement(By.id("nav-fill")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("provider-intro")));
		WebElement row = browser.findElement(By.id("fill-" + event));
		assertThat(row.getText()).contains(title, "Planned");
		Browser.click(browser, row.findElement(By.linkText(title)));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requests")));
		assertThat(browser.findElement(By.id("requests")).getText()).contains("UKR", "Olena Petrenko", "Approved");

		Browser.submit(browser, browser.findElement(By.id("move-OPEN")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-facts"), "Open"));
		Browser.submit(browser, browser.findElement(By.id("move-CLOSED")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-facts"), "Closed"));
		Browser.submit(browser, browser.findElement(By.cssSelector("#requests button.attended")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests"), "Attended"));
		assertThat(browser.findElements(By.cssSelector("#requests button.approve"))).isEmpty();
	}

}
