package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.detaineetracker.account.PublicReading;
import org.detaineetracker.test.Browser;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * An admin turns public reading on in a real browser; a visitor without an account then reads a
 * facility page, sees when it was last updated and copies its citation. With {@code -Dshots=DIR}
 * the public page is saved as seen at 1280 and 390 pixels wide.
 */
@TrackerServerTest
class PublicReadingJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	PublicReading publicReading;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start();
	}

	/** The server's database is shared with the other journeys, which expect reading to need an account. */
	@AfterEach
	void closeBrowserAndCloseReading() {
		publicReading.open(false);
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anAdminOpensReadingAndAVisitorCitesAFacilityPage() throws Exception {
		browser.get(url("/facilities/panorama-prison"));
		assertThat(Browser.awaitUrl(browser, ".*/login$")).endsWith("/login");

		Browser.signIn(browser, TestAccounts.ADMIN);
		browser.findElement(By.linkText("Settings")).click();
		browser.findElement(By.id("public-reading")).click();
		browser.findElement(By.cssSelector("#settings button[type=submit]")).click();
		assertThat(browser.findElement(By.id("confirmation")).getText()).isEqualTo("Settings saved.");
		assertThat(browser.findElement(By.id("public-reading")).isSelected()).isTrue();
		browser.findElement(By.cssSelector("form.user button")).click();
		// the sign-out is a form post: a page asked for before it lands would be replaced by its redirect
		assertThat(Browser.awaitUrl(browser, ".*/login\\?signedOut$")).endsWith("/login?signedOut");

		browser.get(url("/facilities/panorama-prison"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Panorama prison");
		assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
		assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Sign in");
		assertThat(browser.findElements(By.id("add-figure"))).isEmpty();
		// every page a visitor may read is in the menu, and no page they may not
		assertThat(browser.findElements(By.cssSelector(".site-header nav a"))).extracting(a -> a.getText())
			.containsExactly("Dashboard", "Facilities", "Sources", "Movements", "Map", "Search", "Help");
		assertThat(browser.findElement(By.id("last-updated")).getText()).startsWith("Last updated ");
		String permalink = browser.findElement(By.id("permalink")).getText();
		assertThat(permalink).matches(java.util.regex.Pattern.quote(url("/facilities/panorama-prison")) + "\\?knownOn=\\d{4}-\\d{2}-\\d{2}");
		assertThat(browser.findElement(By.id("citation")).getText()).startsWith("Panorama prison. Detainee Tracker, as known on ")
			.endsWith(permalink);

		screenshots("facility");
		browser.get(url("/"));
		screenshots("dashboard");
	}

	private void screenshots(String name) throws Exception {
		String dir = System.getProperty("shots");
		if (dir == null) {
			return;
		}
		Files.createDirectories(Path.of(dir));
		for (int width : new int[] { 1280, 390 }) {
			browser.manage().window().setSize(new Dimension(width, 1400));
			browser.executeScript("window.scrollTo(0, 0)");
			Path top = browser.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(top, Path.of(dir, name + "-" + width + ".png"), StandardCopyOption.REPLACE_EXISTING);
			// the citation and the "last updated" line are at the foot of the page
			browser.executeScript("window.scrollTo(0, document.body.scrollHeight)");
			Path foot = browser.getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(foot, Path.of(dir, name + "-" + width + "-foot.png"), StandardCopyOption.REPLACE_EXISTING);
		}
		browser.manage().window().setSize(new Dimension(1280, 1024));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
