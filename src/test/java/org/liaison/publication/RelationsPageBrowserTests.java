package org.liaison.publication;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RelationsPageBrowserTests {

	@LocalServerPort
	int port;

	WebDriver browser;

	@BeforeEach
	void open() throws Exception {
		browser = Browser.start();
	}

	@AfterEach
	void close() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aVisitorReadsSerbiasPageWithItsTimeline() {
		browser.get("http://localhost:" + port + "/partners");
		browser.findElement(By.linkText("NATO's relations with Serbia")).click();

		assertThat(browser.findElement(By.id("page-title")).getText()).isEqualTo("NATO's relations with Serbia");
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> {
			driver.navigate().refresh();
			return driver.findElement(By.id("evolution")).getText().contains("Serbia joins the Partnership for Peace");
		});
		WebElement evolution = browser.findElement(By.id("evolution"));
		List<String> years = evolution.findElements(By.cssSelector("dt.timeline-year"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(years).containsSubsequence("1999", "2003", "2006", "2013", "2015");
		assertThat(evolution.getText()).contains("A 78-day NATO air campaign is triggered by violence in Kosovo.",
				"19 April 2013", "Serbia concludes an Individual Partnership Action Plan (IPAP) with NATO");
		assertThat(browser.findElement(By.id("last-updated")).getText()).contains("11 Feb 2015");
		assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
	}

}
