package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.detaineetracker.test.Browser;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * An admin in a real browser: signs in, creates an analyst account, exports the figures known on
 * 22 January 2026 with HXL hashtags, and opens the downloaded file. The new analyst cannot export.
 */
@TrackerServerTest
class AdminExportJourneyIT {

	static final String FILE = "detainee-tracker_reported-counts_known-2026-01-22_hxl.csv";

	@LocalServerPort
	int port;

	@TempDir
	Path downloads;

	ChromeDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browser.start(downloads);
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anAdminCreatesAnAnalystAndDownloadsWhatWasKnownOnADate() throws Exception {
		signIn(TestAccounts.ADMIN, TestAccounts.PASSWORD);

		browser.findElement(By.linkText("Users")).click();
		WebElement form = browser.findElement(By.id("create-account"));
		form.findElement(By.name("username")).sendKeys("journey-analyst");
		form.findElement(By.name("password")).sendKeys("a long journey password");
		new Select(form.findElement(By.name("role"))).selectByValue("ANALYST");
		form.findElement(By.cssSelector("button[type=submit]")).click();
		assertThat(browser.findElement(By.id("confirmation")).getText()).isEqualTo("Account journey-analyst created.");
		assertThat(browser.findElement(By.id("account-journey-analyst")).getText()).contains("Analyst");

		browser.findElement(By.linkText("Exports")).click();
		assertThat(Browser.awaitUrl(browser, ".*" + java.util.regex.Pattern.quote("/admin/export") + "$")).endsWith("/admin/export");
		WebElement export = browser.findElement(By.id("export-reported-counts"));
		WebElement knownOn = export.findElement(By.name("knownOn"));
		// A date field's keyboard order follows the browser's locale, so set its value directly.
		browser.executeScript("arguments[0].value = '2026-01-22'", knownOn);
		export.findElement(By.name("hxl")).click();
		export.findElement(By.cssSelector("button[type=submit]")).click();

		List<CSVRecord> csv = parse(awaitDownload(downloads.resolve(FILE)));
		List<String> header = csv.get(0).toList();
		assertThat(header).startsWith("reported_count_id", "facility_id", "facility_slug", "facility_name");
		assertThat(csv.get(1).toList()).hasSameSizeAs(header)
			.allMatch(tag -> tag.matches("#[a-z][a-z0-9_]*( \\+[a-z][a-z0-9_]*)*"));
		int value = header.indexOf("value");
		assertThat(csv.subList(2, csv.size())).extracting(row -> row.get(value))
			.containsExactlyInAnyOrder("8000", "9000", "50000", "7000", "4500");

		browser.navigate().refresh();
		assertThat(browser.findElement(By.cssSelector("#export-log tbody tr")).getText()).contains("admin",
				"Reported figures", "22 January 2026", "yes", "5", "complete");

		browser.findElement(By.cssSelector("form.user button")).click();
		// the sign-out is a form post: a page asked for before it lands would be replaced by its redirect
		assertThat(Browser.awaitUrl(browser, ".*/login\\?signedOut$")).endsWith("/login?signedOut");
		signIn("journey-analyst", "a long journey password");
		assertThat(browser.findElements(By.linkText("Exports"))).isEmpty();
		browser.get("http://localhost:" + port + "/admin/export");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You do not have access to this page");
	}

	private void signIn(String username, String password) {
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys(password);
		browser.findElement(By.cssSelector("form.stacked button")).click();
		assertThat(browser.findElement(By.id("signed-in-as")).getText()).isEqualTo(username);
	}

	/** Waits, at most 30 seconds, until Chromium has finished writing the file. */
	private static Path awaitDownload(Path file) throws IOException, InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
		while (!(Files.exists(file) && noPartialDownloads(file.getParent()))) {
			assertThat(Instant.now()).as("downloaded " + file.getFileName() + " within 30 s").isBefore(deadline);
			Thread.sleep(100);
		}
		return file;
	}

	private static boolean noPartialDownloads(Path directory) throws IOException {
		try (Stream<Path> files = Files.list(directory)) {
			return files.noneMatch(f -> f.getFileName().toString().endsWith(".crdownload"));
		}
	}

	private static List<CSVRecord> parse(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.parse(reader).getRecords();
		}
	}

}
