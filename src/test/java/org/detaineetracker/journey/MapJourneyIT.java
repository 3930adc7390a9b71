package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.test.Browser;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * The map in a real browser with no network beyond this machine: the country outlines and a marker
 * per facility with coordinates are drawn, every request the page made went to the application
 * itself, and a marker opens its facility.
 */
@TrackerServerTest
class MapJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.offline();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void theMapDrawsOutlinesAndEveryFacilityWithoutLeavingTheApplication() {
		String origin = "http://localhost:" + port;
		browser.get(origin + "/map");
		Browser.signIn(browser, TestAccounts.ANALYST);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.urlContains("/map"));

		long located = jdbc.sql("select count(*) from facility where latitude is not null and kind <> 'GROUP'")
			.query(Long.class).single();
		assertThat(located).isPositive();
		wait.until(d -> browser.findElements(By.cssSelector("#map path.map-country")).size() > 100);
		assertThat(browser.findElements(By.cssSelector("#map path.facility-marker"))).hasSize((int) located);
		assertThat(browser.findElements(By.cssSelector("#map-table tbody tr"))).hasSize((int) located);

		@SuppressWarnings("unchecked")
		List<String> requested = (List<String>) browser.executeScript(
				"return [location.href].concat(performance.getEntriesByType('resource').map(function (e) { return e.name; }));");
		assertThat(requested).hasSizeGreaterThan(3).allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
		assertThat(requested).anySatisfy(url -> assertThat(url).contains("/geo/countries-110m.json"))
			.anySatisfy(url -> assertThat(url).contains("/webjars/leaflet/"));

		// a marker opens its facility
		browser.executeScript("document.querySelector('#map path.facility-marker').dispatchEvent(new MouseEvent('click', {bubbles: true}));");
		wait.until(ExpectedConditions.urlMatches(".*/facilities/[a-z0-9-]+$"));
		assertThat(browser.findElements(By.cssSelector("#map path.map-uncertainty"))).hasSize(1);
	}

}
