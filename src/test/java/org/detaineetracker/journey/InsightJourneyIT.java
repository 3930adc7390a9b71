package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.detaineetracker.test.Browser;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * An analyst in a real browser: searches "al-Hawl", opens al-Hol, sees its change of custody and the
 * conflict in its group's figures, and moves the "as known on" date back to the end of 2025, where
 * the 2026 reports are hidden and the banner says so. The group's chart is drawn by Chart.js under
 * the page's Content-Security-Policy.
 */
@TrackerServerTest
class InsightJourneyIT {

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
	void searchAlHawlSeeItsCustodyAndConflictThenGoBackToWhatWasKnownIn2025() {
		browser.get("http://localhost:" + port + "/login");
		Browser.signIn(browser, TestAccounts.ANALYST);
		assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("analyst");

		browser.findElement(By.linkText("Search")).click();
		browser.findElement(By.id("search-q")).sendKeys("al-Hawl");
		browser.findElement(By.cssSelector("form.search button")).click();
		assertThat(Browser.awaitUrl(browser, ".*" + java.util.regex.Pattern.quote("/search?q=al-Hawl") + ".*")).contains("/search?q=al-Hawl");
		browser.findElement(By.cssSelector("#found-facilities")).findElement(By.linkText("al-Hol camp")).click();

		assertThat(Browser.awaitUrl(browser, ".*" + java.util.regex.Pattern.quote("/facilities/al-hol-camp") + "$")).endsWith("/facilities/al-hol-camp");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("al-Hol camp");
		assertThat(browser.findElements(By.cssSelector("#custody tbody tr"))).satisfiesExactly(
				sdf -> assertThat(sdf.getText()).contains("Syrian Democratic Forces", "February 2026"),
				damascus -> assertThat(damascus.getText()).contains("Government of Syria", "still held"));
		String group = browser.findElement(By.id("group-estimates")).getText();
		assertThat(group).contains("For the whole group: SDF-run detention facilities in northeast Syria",
				"not for al-Hol camp alone", "Conflict", "5,400 to 7,000");
		assertThat(browser.findElements(By.id("known-on-banner"))).isEmpty();

		// Choose a date the way the form sends it (the date widget's typing order depends on the locale).
		browser.executeScript("document.getElementById('known-on').value = '2025-12-31'");
		browser.findElement(By.cssSelector("#known-on-form button")).click();

		assertThat(Browser.awaitUrl(browser, ".*" + java.util.regex.Pattern.quote("/facilities/al-hol-camp?knownOn=2025-12-31") + "$")).endsWith("/facilities/al-hol-camp?knownOn=2025-12-31");
		assertThat(browser.findElement(By.id("known-on-banner")).getText())
			.contains("Showing only what was known on 31 December 2025");
		assertThat(browser.findElement(By.id("custody")).getText()).contains("No custody holder is recorded")
			.doesNotContain("Government of Syria");
		String then = browser.findElement(By.id("group-estimates")).getText();
		assertThat(then).contains("9,000").doesNotContain("Conflict", "2026");

		// The date travels with the links: the group's page is shown as known on the same day.
		browser.findElement(By.cssSelector(".crumbs a")).click();
		assertThat(Browser.awaitUrl(browser, ".*" + java.util.regex.Pattern.quote("/facilities/sdf-detention-facilities-northeast-syria?knownOn=2025-12-31") + "$")).endsWith("/facilities/sdf-detention-facilities-northeast-syria?knownOn=2025-12-31");
		assertThat(browser.findElements(By.cssSelector("#counts tbody tr"))).hasSize(3);
		// One chart per cohort, drawn by Chart.js under the page's Content-Security-Policy.
		assertThat(browser.findElements(By.cssSelector("#timeline-charts canvas"))).hasSize(2);
		assertThat(browser.executeScript(
				"var reports = function (id) { return Chart.getChart(id).data.datasets.find(function (d) { return d.type === 'bar'; }).data.length; };"
						+ "return reports('timeline-chart-0') + reports('timeline-chart-1');"))
			.as("the reports drawn on the two charts' time axes")
			.isEqualTo(3L);
		// All three are dated only to December 2024: each stands in a box a month wide on the axis.
		assertThat(browser.executeScript(
				"var boxes = function (id) { return Chart.getChart(id).data.datasets.find(function (d) { return d.span; })"
						+ ".data.filter(function (p) { return p.y === null; }).length; };"
						+ "return boxes('timeline-chart-0') + boxes('timeline-chart-1');"))
			.as("one dated-to-a-month box per report")
			.isEqualTo(3L);
		Number monthWide = (Number) browser.executeScript("var x = Chart.getChart('timeline-chart-0').scales.x;"
				+ "return x.getPixelForValue(Date.parse('2024-12-31')) - x.getPixelForValue(Date.parse('2024-12-01'));");
		Number barWide = (Number) browser.executeScript(
				"var meta = Chart.getChart('timeline-chart-0').getSortedVisibleDatasetMetas().find(function (m) { return m.type === 'bar'; });"
						+ "return meta.data[0].width;");
		assertThat(monthWide.doubleValue()).as("December 2024 is wider than a report's bar").isGreaterThan(barWide.doubleValue());

		// A report's tooltip: its words, with what they allow where that says more; never the same twice.
		@SuppressWarnings("unchecked")
		java.util.List<String> labels = (java.util.List<String>) browser.executeScript(
				"return ['timeline-chart-0', 'timeline-chart-1'].flatMap(function (id) {"
						+ "  var chart = Chart.getChart(id); var label = chart.options.plugins.tooltip.callbacks.label;"
						+ "  var bars = chart.data.datasets[2];"
						+ "  return bars.data.map(function (point) { return label({ raw: point, dataset: bars, datasetIndex: 2 }); });"
						+ "});");
		assertThat(labels).contains("over 8,000 (over 8,000: 8,001 and up)", "9,000 (exactly 9,000)")
			.allSatisfy(label -> assertThat(label).doesNotContain("undefined", "null"));

		browser.findElement(By.id("known-on-clear")).click();
		assertThat(browser.findElements(By.id("known-on-banner"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#counts tbody tr"))).hasSize(8);
		assertThat(browser.findElement(By.cssSelector("#estimates [data-cohort=isis-detainees]")).getText())
			.contains("Conflict");
	}

}
