package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.detaineetracker.test.Browser;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * An analyst reads the facilities index in a real browser, on a desktop and on a phone: the SDF-run
 * group comes with its sites beneath it, al-Hol camp under H (V111) before Panorama prison, not
 * after them as byte order put it; a heading re-orders the table. Each width is kept as a screenshot under target/screenshots, for a person to look at.
 */
@TrackerServerTest
class FacilityIndexJourneyIT {

	@LocalServerPort
	int port;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theIndexListsAlHolUnderHAtEveryWidth() throws Exception {
		browser.get("http://localhost:" + port + "/login");
		Browser.signIn(browser, TestAccounts.ANALYST);
		assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("analyst");

		Path shots = Files.createDirectories(Path.of("target", "screenshots"));
		for (int width : new int[] { 1280, 390 }) {
			browser.manage().window().setSize(new Dimension(width, 900));
			browser.get("http://localhost:" + port + "/facilities?country=SY");
			assertThat(browser.findElements(By.cssSelector("#facilities tbody tr td.name > a")))
				.extracting(WebElement::getText)
				.as("at %d px", width)
				.containsExactly("SDF-run detention facilities in northeast Syria", "al-Hol camp", "Panorama prison");
			assertThat(browser.findElements(By.cssSelector("#facilities tbody tr.site td.name > a")))
				.extracting(WebElement::getText)
				.as("the group's sites, indented beneath it")
				.containsExactly("al-Hol camp", "Panorama prison");
			Files.write(shots.resolve("facilities-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		}

		// the figures heading orders most first, keeping the country filter and the sites beneath their group
		browser.findElement(By.cssSelector("#facilities th a.sort[href*='sort=figures']")).click();
		assertThat(browser.getCurrentUrl()).contains("country=SY", "sort=figures,desc");
		assertThat(browser.findElement(By.cssSelector("#facilities th[aria-sort='descending']")).getText()).startsWithIgnoringCase("figures");
		assertThat(browser.findElements(By.cssSelector("#facilities tbody tr td.name > a")))
			.extracting(WebElement::getText)
			.containsExactly("SDF-run detention facilities in northeast Syria", "Panorama prison", "al-Hol camp");
	}

}
