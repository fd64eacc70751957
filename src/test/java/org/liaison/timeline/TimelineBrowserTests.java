package org.liaison.timeline;

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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of NATO staff signs in, adds a milestone to Serbia's timeline, corrects it in
 * place, and finds it on the public page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TimelineBrowserTests {

	static final String USERNAME = "browser-staff";

	static final String PASSWORD = "correct-horse-battery-staple";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	WebDriver browser;

	@BeforeEach
	void open() throws Exception {
		if (accounts.roleOf(USERNAME).isEmpty()) {
			accounts.create(USERNAME, PASSWORD, Role.NATO_STAFF, null);
		}
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
	void staffAddAMilestoneAndItAppearsOnThePublicPage() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		signIn(wait);
		assertThat(browser.findElement(By.id("signed-in-as")).getText()).contains(USERNAME);

		// The records list is paginated, and the suite's other partners may put Serbia on
		// a later page: the journey starts at Serbia's record.
		browser.get(url("/partners/SRB"));
		browser.findElement(By.linkText("Timeline")).click();
		String text = "Browser milestone " + UUID.randomUUID();
		browser.findElement(By.id("date")).sendKeys("2015-02-09");
		browser.findElement(By.id("text")).sendKeys(text);
		new Select(browser.findElement(By.id("releasability"))).selectByValue("PUBLIC");
		browser.findElement(By.id("add-milestone")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), text));
		assertThat(browser.findElement(By.id("timeline")).getText()).contains("9 February 2015");

		WebElement row = browser.findElement(By.xpath("//tr[td[contains(., '" + text + "')]]"));
		String rowId = row.getAttribute("id");
		Browser.click(browser, row.findElement(By.linkText("Edit")));
		WebElement field = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + rowId + " input[name=text]")));
		field.clear();
		field.sendKeys(text + " (corrected)");
		Browser.click(browser, browser.findElement(By.cssSelector("#" + rowId + " button[type=submit]")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(rowId), text + " (corrected)"));

		browser.get(url("/partners/SRB/relations"));
		assertThat(browser.findElement(By.id("evolution")).getText()).contains(text + " (corrected)");

		// The milestone's history tells who added it and what the correction changed. The
		// timeline is paginated; a page of 200 holds all of Serbia's.
		browser.get(url("/partners/SRB/timeline?size=200"));
		Browser.click(browser, browser.findElement(By.id(rowId)).findElement(By.linkText("History")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-entries")));
		assertThat(browser.findElement(By.id("audit-entries")).getText()).contains(USERNAME, "created",
				text + " (corrected)");

		// Deleting it again, after the confirmation, leaves Serbia's page as the seed has
		// it.
		browser.get(url("/partners/SRB/timeline?size=200"));
		Browser.click(browser, browser.findElement(By.cssSelector("#" + rowId + " button.btn-outline-danger")));
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.id(rowId), 0));
		browser.get(url("/partners/SRB/relations"));
		assertThat(browser.findElement(By.id("evolution")).getText()).doesNotContain(text);
	}

	@Test
	void aMistakeIsShownBesideTheFieldAndNothingIsAdded() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		signIn(wait);

		browser.get(url("/partners/SRB/timeline"));
		browser.findElement(By.id("date")).sendKeys("winter 2004");
		browser.findElement(By.id("text")).sendKeys("Never stored");
		browser.findElement(By.id("add-milestone")).click();
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("date-error")));
		assertThat(error.getText()).contains("A date is written as a year");
		assertThat(browser.findElement(By.id("timeline")).getText()).doesNotContain("Never stored");
	}

	private void signIn(WebDriverWait wait) {
		Browser.signIn(browser, url(""), USERNAME, PASSWORD);
	}

}
