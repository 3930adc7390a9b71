package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.detaineetracker.test.Browser;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/** An analyst in a real browser: dashboard → facilities → Panorama → its "over 4,500" figure and source. */
@TrackerServerTest
class AnalystJourneyIT {

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
	void fromTheDashboardToPanoramasFigureAndItsSource() {
		browser.get("http://localhost:" + port + "/");
		assertThat(Browser.awaitUrl(browser, ".*" + java.util.regex.Pattern.quote("/login") + "$")).endsWith("/login");
		Browser.signIn(browser, TestAccounts.ANALYST);
		assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo("analyst");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("What is known");
		assertThat(browser.findElement(By.id("facility-count")).getText()).isEqualTo("3");

		browser.findElement(By.linkText("Facilities")).click();
		assertThat(Browser.awaitUrl(browser, ".*" + java.util.regex.Pattern.quote("/facilities") + "$")).endsWith("/facilities");
		assertThat(browser.findElements(By.cssSelector("#facilities tbody tr"))).hasSize(5);

		browser.findElement(By.linkText("Panorama prison")).click();
		assertThat(Browser.awaitUrl(browser, ".*" + java.util.regex.Pattern.quote("/facilities/panorama-prison") + "$")).endsWith("/facilities/panorama-prison");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Panorama prison");
		WebElement figure = browser.findElement(By.cssSelector("#counts tbody tr"));
		assertThat(figure.getText()).contains("over 4,500", "21 January 2026", "Unattributed report");
		assertThat(figure.findElement(By.cssSelector(".figure")).getAttribute("title")).isEqualTo("over 4,500: 4,501 and up");

		figure.findElement(By.linkText("Unnamed outlet")).click();
		assertThat(Browser.awaitUrl(browser, ".*/sources/\\d+$")).matches(".*/sources/\\d+$");
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("US military airlifts 7,000 ISIS fighters from Syrian prisons to Iraq");
		assertThat(browser.findElement(By.id("published")).getText()).isEqualTo("21 January 2026");
		assertThat(browser.findElement(By.id("counts")).getText()).contains("over 4,500", "Panorama prison");
	}

}
