package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.detaineetracker.test.Browser;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * An analyst in a real browser makes an API token, copies it once, a script reads the API with it,
 * the page then shows when it was last used, and revoking it shuts the script out.
 */
@TrackerServerTest
class ApiTokenJourneyIT {

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
	void anAnalystMakesATokenAScriptUsesItAndRevokingItEndsIt() throws Exception {
		browser.get("http://localhost:" + port + "/login");
		Browser.signIn(browser, TestAccounts.ANALYST);
		browser.findElement(By.linkText("API tokens")).click();

		browser.findElement(By.name("name")).sendKeys("newsroom sync");
		browser.findElement(By.name("readOnly")).click();
		browser.findElement(By.cssSelector("#create-token button[type=submit]")).click();
		String secret = browser.findElement(By.id("token-secret")).getText();
		assertThat(secret).startsWith("dtk_");
		screenshots("api-tokens-created");

		assertThat(read(secret).statusCode()).isEqualTo(200);
		browser.get("http://localhost:" + port + "/account/tokens");
		assertThat(browser.getPageSource()).doesNotContain(secret);
		String row = browser.findElement(By.xpath("//tr[td[text()='newsroom sync']]")).getText();
		assertThat(row).contains("read only").doesNotContain("never");
		screenshots("api-tokens-list");

		browser.findElement(By.xpath("//tr[td[text()='newsroom sync']]//button")).click();
		assertThat(browser.findElement(By.id("confirmation")).getText()).isEqualTo("Token revoked: it no longer works.");
		assertThat(browser.findElement(By.xpath("//tr[td[text()='newsroom sync']]")).getText()).contains("revoked");
		assertThat(read(secret).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> read(String secret) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/counts?size=1"))
			.header("Authorization", "Bearer " + secret).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The page as people see it, wide and on a phone, for a person to look at (target/screenshots). */
	private void screenshots(String name) throws Exception {
		Path folder = Files.createDirectories(Path.of("target", "screenshots"));
		for (int width : new int[] { 1280, 390 }) {
			browser.manage().window().setSize(new Dimension(width, 1000));
			Files.write(folder.resolve(name + "-" + width + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		}
		browser.manage().window().setSize(new Dimension(1280, 1000));
	}

}
