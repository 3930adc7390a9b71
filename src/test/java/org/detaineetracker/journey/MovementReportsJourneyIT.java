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

/**
 * An analyst in a real browser follows the Baghdad transfer from the movements page to the movement
 * itself, and sees it as one event told by two outlets: two reports, one independent source.
 */
@TrackerServerTest
class MovementReportsJourneyIT {

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
	void fromTheMovementsPageToTheTransferAndItsTwoReports() {
		browser.get("http://localhost:" + port + "/movements");
		assertThat(Browser.awaitUrl(browser, ".*" + java.util.regex.Pattern.quote("/login") + "$")).endsWith("/login");
		browser.findElement(By.name("username")).sendKeys(TestAccounts.ANALYST);
		browser.findElement(By.name("password")).sendKeys(TestAccounts.PASSWORD);
		browser.findElement(By.cssSelector("form.stacked button")).click();
		assertThat(Browser.awaitUrl(browser, ".*/movements(\\?continue)?$")).contains("/movements");

		WebElement transfer = browser.findElements(By.cssSelector("table.movements tbody tr"))
			.stream()
			.filter(row -> row.getText().contains("Baghdad"))
			.findFirst()
			.orElseThrow();
		transfer.findElement(By.linkText("Transfer")).click();
		assertThat(Browser.awaitUrl(browser, ".*/movements/\\d+$")).matches(".*/movements/\\d+$");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Transfer", "Baghdad");
		assertThat(browser.findElements(By.cssSelector("#reports tr.report"))).hasSize(2);
		assertThat(browser.findElement(By.id("reports")).getText()).contains("Fox News Digital", "Trending Politics News");
		assertThat(browser.findElement(By.id("reconciled")).getText()).contains("2 reports, 1 independent sources");
		assertThat(browser.findElements(By.id("add-report"))).as("analysts do not edit").isEmpty();
	}

}
