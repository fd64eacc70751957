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
import org.openqa.selenium.JavascriptExecutor;
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

	private void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/** Clicks a button that posts a form and waits for the page it leaves to go. */
	private void post(By button, WebDriverWait wait) {
		WebElement element = browser.findElement(button);
		click(element);
		wait.until(ExpectedConditions.stalenessOf(element));
	}

	@Test
	void aProviderRunsRegistrationOfItsEventAndRecordsAttendance() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(PROVIDER);
		browser.findElement(By.id("password")).sendKeys(PASSWORD);
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlContains("/records"));

		click(browser.findElement(By.id("nav-fill")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("provider-intro")));
		WebElement row = browser.findElement(By.id("fill-" + event));
		assertThat(row.getText()).contains(title, "Planned");
		click(row.findElement(By.linkText(title)));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("requests")));
		assertThat(browser.findElement(By.id("requests")).getText()).contains("UKR", "Olena Petrenko", "Approved");

		post(By.id("move-OPEN"), wait);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-facts"), "Open"));
		post(By.id("move-CLOSED"), wait);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-facts"), "Closed"));
		post(By.cssSelector("#requests button.attended"), wait);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("requests"), "Attended"));
		assertThat(browser.findElements(By.cssSelector("#requests button.approve"))).isEmpty();
	}

}
