package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
 * In a real browser, which asks for gzip: a kept facility page and the stylesheet arrive compressed
 * (the browser's own timing says so), read as the page, and the CSRF token spliced into the kept page
 * as a stored block signs the reader out.
 */
@TrackerServerTest
class CompressedPagesJourneyIT {

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
	void aKeptPageArrivesCompressedAndItsSplicedTokenSignsOut() {
		browser.get("http://localhost:" + port + "/login");
		Browser.signIn(browser, TestAccounts.ANALYST);
		assertThat(browser.findElement(By.id("signed-in-as")).getAttribute("textContent")).isEqualTo(TestAccounts.ANALYST);

		String page = "http://localhost:" + port + "/facilities/panorama-prison";
		browser.get(page); // rendered and kept
		browser.get(page); // kept: sent spliced
		Map<?, ?> navigation = (Map<?, ?>) browser.executeScript(
				"var n = performance.getEntriesByType('navigation')[0];"
						+ " return { encoded: n.encodedBodySize, decoded: n.decodedBodySize };");
		long encoded = ((Number) navigation.get("encoded")).longValue();
		long decoded = ((Number) navigation.get("decoded")).longValue();
		assertThat(encoded).isPositive().isLessThan(decoded / 2);

		Map<?, ?> stylesheet = (Map<?, ?>) browser.executeScript(
				"var r = performance.getEntriesByType('resource').filter(function (e) {"
						+ " return e.name.indexOf('/css/tracker.css') >= 0; })[0];"
						+ " return r ? { encoded: r.encodedBodySize, decoded: r.decodedBodySize } : null;");
		assertThat(stylesheet).isNotNull();
		assertThat(((Number) stylesheet.get("encoded")).longValue())
			.isLessThan(((Number) stylesheet.get("decoded")).longValue() / 2);
		// The stylesheet applied: its column width holds, where a browser's default has none.
		assertThat(browser.executeScript("return getComputedStyle(document.querySelector('.wrap')).maxWidth"))
			.isNotEqualTo("none");

		assertThat(browser.findElement(By.cssSelector("main h1")).getText()).contains("Panorama");
		assertThat(browser.findElements(By.cssSelector("#counts tbody tr"))).isNotEmpty();
		assertThat(browser.findElement(By.id("signed-in-as")).getAttribute("textContent")).isEqualTo(TestAccounts.ANALYST);

		browser.findElement(By.cssSelector("form.user button")).click();
		assertThat(Browser.awaitUrl(browser, ".*/login\\?signedOut$")).endsWith("/login?signedOut");
		assertThat(browser.findElements(By.id("signed-in-as"))).isEmpty();
	}

}
