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
 * An analyst in a real browser follows the Baghdad transfer to the movement itself, from the
 * dashboard's total for Iraq through its derivation and from the movements page, and sees it as one
 * event told by two outlets: two reports, one independent source.
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
	void fromIraqsTotalOnTheDashboardThroughItsDerivationToTheTransferAndItsTwoReports() {
		signIn("/");
		WebElement iraq = browser.findElement(By.cssSelector("#by-country tr[data-cohort='isis-detainees'][data-country='IQ']"));
		assertThat(iraq.getText()).as("Iraq's total of ISIS detainees").containsPattern("\\d,\\d{3}");

		iraq.findElement(By.cssSelector("details.derivation summary")).click();
		// The derivation lists the 150 high-value detainees moved first, then the transfer of nearly 6,000.
		WebElement transfer = iraq.findElements(By.cssSelector("li.step-movement a"))
			.stream()
			.filter(link -> link.isDisplayed() && link.getText().contains("6,000"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the derivation names no transfer of nearly 6,000: " + iraq.getText()));
		transfer.click();

		assertThat(Browser.awaitUrl(browser, ".*/movements/\\d+$")).matches(".*/movements/\\d+$");
		assertTheTransferWithItsTwoReports();
	}

	@Test
	void fromTheMovementsPageToTheTransferAndItsTwoReports() {
		signIn("/movements");

		WebElement transfer = browser.findElements(By.cssSelector("table.movements tbody tr"))
			.stream()
			.filter(row -> row.getText().contains("Baghdad"))
			.findFirst()
			.orElseThrow();
		transfer.findElement(By.linkText("Transfer")).click();
		assertThat(Browser.awaitUrl(browser, ".*/movements/\\d+$")).matches(".*/movements/\\d+$");
		assertTheTransferWithItsTwoReports();
	}

	private void signIn(String path) {
		browser.get("http://localhost:" + port + path);
		assertThat(Browser.awaitUrl(browser, ".*" + java.util.regex.Pattern.quote("/login") + "$")).endsWith("/login");
		Browser.signIn(browser, TestAccounts.ANALYST);
		assertThat(Browser.awaitUrl(browser, ".*" + java.util.regex.Pattern.quote(path) + "(\\?continue)?$")).contains(path);
	}

	private void assertTheTransferWithItsTwoReports() {
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Transfer", "Baghdad");
		assertThat(browser.findElements(By.cssSelector("#reports tr.report"))).hasSize(2);
		assertThat(browser.findElement(By.id("reports")).getText()).contains("Fox News Digital", "Trending Politics News");
		assertThat(browser.findElement(By.id("reconciled")).getText()).contains("2 reports, 1 independent source");
		assertThat(browser.findElements(By.id("add-report"))).as("analysts do not edit").isEmpty();
	}

}
