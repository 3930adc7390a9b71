package org.detaineetracker.test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own chromedriver. Both paths are given explicitly so
 * Selenium Manager never runs and nothing is downloaded. Override them with CHROME_BIN and
 * CHROMEDRIVER. Where they are missing the journey cannot run: under CI that is a failure,
 * elsewhere the test is skipped with the command that installs them.
 */
public final class Browser {

	private Browser() {
	}

	public static ChromeDriver start() {
		return start(null);
	}

	/** A browser that saves downloads in {@code downloads} without asking; null for the default. */
	public static ChromeDriver start(Path downloads) {
		return start(downloads, false);
	}

	/**
	 * A browser with no network beyond this machine: every host name but localhost resolves to
	 * nothing, so a page that tried to fetch from anywhere else would fail to.
	 */
	public static ChromeDriver offline() {
		return start(null, true);
	}

	private static ChromeDriver start(Path downloads, boolean offline) {
		String chrome = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
		String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
		boolean installed = Files.isExecutable(Path.of(chrome)) && Files.isExecutable(Path.of(driver));
		if (!installed) {
			String advice = "Chromium not found at " + chrome + " / " + driver
					+ "; install it with: apt-get install -y chromium chromium-driver (bash .ci/run does this)";
			if (System.getenv("CI") != null) {
				throw new IllegalStateException(advice);
			}
			Assumptions.abort(advice);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chrome);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1024");
		if (offline) {
			options.addArguments("--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
		}
		if (downloads != null) {
			options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
					"download.prompt_for_download", false, "download.directory_upgrade", true));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver))
			.usingAnyFreePort()
			.build();
		ChromeDriver browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		// an element that belongs to the next page may be looked for before that page has loaded
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return browser;
	}

	/**
	 * Waits (at most ten seconds) until the browser has arrived at a URL matching {@code regex} and
	 * returns it: a click returns before the next page has loaded, so reading the URL at once races it.
	 */
	public static String awaitUrl(org.openqa.selenium.WebDriver browser, String regex) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
			.until(org.openqa.selenium.support.ui.ExpectedConditions.urlMatches(regex));
		return browser.getCurrentUrl();
	}

	/** Fills in the sign-in form the browser shows (every test account shares one password) and sends it. */
	public static void signIn(org.openqa.selenium.WebDriver browser, String account) {
		browser.findElement(org.openqa.selenium.By.name("username")).sendKeys(account);
		browser.findElement(org.openqa.selenium.By.name("password")).sendKeys(TestAccounts.PASSWORD);
		browser.findElement(org.openqa.selenium.By.cssSelector("form.stacked button")).click();
	}

}
