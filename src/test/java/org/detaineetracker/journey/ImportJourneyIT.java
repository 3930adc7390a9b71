package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
import org.detaineetracker.test.NewRows;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * An editor in a real browser imports a small spreadsheet with one bad row, reads the problem with
 * its line, fixes the file, imports it, and finds the figures on the facility page.
 */
@TrackerServerTest
class ImportJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	ChromeDriver browser;

	NewRows newRows;

	Path file;

	@BeforeEach
	void openBrowser() throws Exception {
		newRows = NewRows.mark(jdbc);
		file = Files.createTempFile("journey-figures-", ".csv");
		browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() throws Exception {
		if (browser != null) {
			browser.quit();
		}
		Files.deleteIfExists(file);
		newRows.remove();
	}

	@Test
	void anEditorImportsASpreadsheetFixesABadRowAndSeesTheFigures() throws Exception {
		browser.get("http://localhost:" + port + "/imports/new");
		Browser.signIn(browser, TestAccounts.EDITOR);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
		wait.until(ExpectedConditions.urlContains("/imports/new"));

		String outlet = jdbc.sql("select outlet from source where published_precision = 'DAY' order by id limit 1")
			.query(String.class).single();
		String title = jdbc.sql("select title from source where published_precision = 'DAY' order by id limit 1")
			.query(String.class).single();
		String day = jdbc.sql("select published_on::text from source where published_precision = 'DAY' order by id limit 1")
			.query(String.class).single();
		String row = "panorama-prison,isis-detainees,%s,%s," + day + ",DAY,\"" + outlet + "\",\"" + title
				+ "\",Journey importer\n";
		String header = "facility_slug,cohort_slug,value,qualifier,as_of,as_of_precision,source_outlet,source_title,speaker\n";
		Files.writeString(file, header + row.formatted("4123", "OVER") + row.formatted("41x4", "EXACT"),
				StandardCharsets.UTF_8);
		upload();

		assertThat(browser.findElement(By.id("import-summary")).getText())
			.isEqualTo("Rows: 2. New figures: 1. Already recorded (left out): 0. Rows with problems: 1.");
		assertThat(browser.findElement(By.cssSelector("#import-rows tr[data-line='3']")).getText())
			.contains("problem", "Value: Enter a whole number.");
		assertThat(browser.findElements(By.id("confirm"))).isEmpty();

		// the editor corrects the file and uploads it again
		Files.writeString(file, header + row.formatted("4123", "OVER") + row.formatted("4124", "EXACT"),
				StandardCharsets.UTF_8);
		browser.get("http://localhost:" + port + "/facilities");
		browser.findElement(By.id("import-figures")).click();
		upload();
		assertThat(browser.findElement(By.id("import-summary")).getText())
			.isEqualTo("Rows: 2. New figures: 2. Already recorded (left out): 0. Rows with problems: 0.");
		browser.findElement(By.cssSelector("#confirm button[type=submit]")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("imported")));
		assertThat(browser.findElement(By.id("imported")).getText())
			.isEqualTo("Imported: 2 new figures in one revision (0 already recorded, left out).");

		browser.get("http://localhost:" + port + "/facilities/panorama-prison");
		assertThat(browser.findElement(By.id("counts")).getText()).contains("over 4,123", "4,124", "Journey importer");
	}

	/** Chooses the file, uploads it, and waits for its preview. */
	private void upload() {
		browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")));
	}

}
