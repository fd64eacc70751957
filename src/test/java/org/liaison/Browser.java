package org.liaison;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the operating system's packages, driven through the packaged
 * chromedriver so that Selenium never tries to download a browser or a driver. Where they
 * are missing the browser tests are skipped, except in CI, which installs them and must
 * run them.
 */
public final class Browser {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private Browser() {
	}

	public static WebDriver start() throws Exception {
		boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!available && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI must run the browser tests: install chromium and chromium-driver");
		}
		Assumptions.assumeTrue(available, "Chromium and chromedriver are not installed");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1600",
				"--user-data-dir=" + Files.createTempDirectory("liaison-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return driver;
	}

	/**
	 * Clicks after an instant scroll: Bootstrap scrolls smoothly, and a click during the
	 * scroll can miss.
	 */
	public static void click(WebDriver browser, WebElement element) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	/**
	 * Clicks a button that posts a form and waits for the page it leaves to go, before
	 * anything reads the next one.
	 */
	public static void submit(WebDriver browser, WebElement button) {
		click(browser, button);
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(button));
	}

	/** Signs in through the login form and waits for the records page it leads to. */
	public static void signIn(WebDriver browser, String baseUrl, String username, String password) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		browser.get(baseUrl + "/login");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username"))).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("sign-in")).click();
		wait.until(ExpectedConditions.urlContains("/records"));
	}

}
