package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.detaineetracker.test.Browser;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * In a real browser, the group holding the seeded conflict: its population chart is on a time scale,
 * and the range strip draws each conflicting report as a bar of real width at a laptop's and a
 * phone's width. Run with {@code -Dscreenshots=/some/dir} to keep pictures of both.
 */
@TrackerServerTest
class RangeStripJourneyIT {

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
	void theChartIsOnATimeScaleAndTheStripDrawsEveryReport() throws Exception {
		browser.get("http://localhost:" + port + "/login");
		Browser.signIn(browser, TestAccounts.ANALYST);
		assertThat(browser.findElement(By.id("signed-in-as")).getAttribute("textContent")).isEqualTo(TestAccounts.ANALYST);

		browser.get("http://localhost:" + port + "/facilities/sdf-detention-facilities-northeast-syria?knownOn=2026-01-25");
		// Waited for: run after other journeys in one JVM, the first look found the canvas without its chart.
		Object scale = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> browser.executeScript(
				"var c = document.querySelector('#timeline canvas'); var chart = c && Chart.getChart(c);"
						+ " return chart ? chart.scales.x.type : null;"));
		assertThat(scale).isEqualTo("time");
		// December 2024 and January 2026 on one axis: no tick may leave the year out.
		Object labels = browser.executeScript("return Chart.getChart(document.querySelector('#timeline canvas'))"
				+ ".scales.x.ticks.map(function (t) { return t.label; });");
		assertThat((List<?>) labels).isNotEmpty()
			.allSatisfy(label -> assertThat(String.valueOf(label)).containsPattern("20\\d\\d"));

		for (int width : new int[] { 1280, 390 }) {
			browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
			List<WebElement> bars = browser.findElements(By.cssSelector("figure.range-strip .range-strip-rows svg > rect"));
			assertThat(bars).hasSizeGreaterThanOrEqualTo(2)
				.allSatisfy(bar -> assertThat(bar.getRect().getWidth()).isPositive());
			// the shaded gap, drawn once, shows on every row
			List<WebElement> gaps = browser.findElements(By.cssSelector("figure.range-strip .range-strip-rows svg > use"));
			assertThat(gaps).hasSameSizeAs(bars).allSatisfy(gap -> assertThat(gap.getRect().getWidth()).isPositive());
			String directory = System.getProperty("screenshots");
			if (directory != null) {
				Files.createDirectories(Path.of(directory));
				WebElement strip = browser.findElement(By.cssSelector("figure.range-strip"));
				browser.executeScript("arguments[0].scrollIntoView()", strip);
				Files.write(Path.of(directory, "range-strip-" + width + ".png"), strip.getScreenshotAs(OutputType.BYTES));
				WebElement chart = browser.findElement(By.id("timeline"));
				browser.executeScript("arguments[0].scrollIntoView()", chart);
				Files.write(Path.of(directory, "timeline-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
			}
		}
	}

}
