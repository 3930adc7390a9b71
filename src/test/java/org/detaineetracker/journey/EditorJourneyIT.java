package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.detaineetracker.test.Browser;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * An editor in a real browser adds a figure for Panorama from a new source, meets a validation
 * error, fixes it, and finds the figure on the facility page and in its history.
 */
@TrackerServerTest
class EditorJourneyIT {

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
	void anEditorAddsAFigureWithANewSource() {
		browser.get("http://localhost:" + port + "/facilities/panorama-prison");
		Browser.signIn(browser, TestAccounts.EDITOR);
		// back where the editor was going (Spring Security marks the resumed request with "?continue");
		// on a busy machine the click returns before the sign-in (a bcrypt check) has answered
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/facilities/panorama-prison"));

		browser.findElement(By.id("add-figure")).click();
		assertThat(new Select(browser.findElement(By.id("facility"))).getFirstSelectedOption().getText())
			.isEqualTo("Panorama prison");

		// the source is not listed yet: add it on the way
		browser.findElement(By.id("new-source")).click();
		browser.findElement(By.id("outlet")).sendKeys("Journey Gazette");
		browser.findElement(By.id("title")).sendKeys("Panorama prison population rises");
		browser.findElement(By.id("url")).sendKeys("https://example.org/panorama");
		new Select(browser.findElement(By.id("kind"))).selectByValue("NEWS");
		setDate("publishedOn", "2026-01-25");
		new Select(browser.findElement(By.id("publishedPrecision"))).selectByValue("DAY");
		submit();

		// back on the figure form with the facility and the new source chosen
		assertThat(browser.findElement(By.id("confirmation")).getText()).startsWith("Source saved.");
		assertThat(new Select(browser.findElement(By.id("facility"))).getFirstSelectedOption().getText())
			.isEqualTo("Panorama prison");
		assertThat(new Select(browser.findElement(By.id("source"))).getFirstSelectedOption().getText())
			.startsWith("Journey Gazette: Panorama prison population rises");
		new Select(browser.findElement(By.id("cohort"))).selectByVisibleText("ISIS detainees");
		new Select(browser.findElement(By.id("qualifier"))).selectByValue("NEARLY");
		browser.findElement(By.id("value")).sendKeys("five thousand");
		setDate("asOf", "2026-01-24");
		browser.findElement(By.id("speaker")).sendKeys("Prison director");
		browser.findElement(By.id("quote")).sendKeys("Nearly 5,000 are held here now.");
		submit();

		// the mistake is explained beside the field and at the top; what was typed is still there
		assertThat(browser.findElement(By.id("error-summary")).getText()).contains("Value: Enter a whole number.");
		assertThat(browser.findElement(By.id("value-help")).getText()).contains("Enter a whole number.");
		assertThat(browser.findElement(By.id("speaker")).getAttribute("value")).isEqualTo("Prison director");
		WebElement value = browser.findElement(By.id("value"));
		value.clear();
		value.sendKeys("5000");
		submit();

		assertThat(browser.findElement(By.id("confirmation")).getText()).isEqualTo("Figure saved.");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("nearly 5,000 ISIS detainees at Panorama prison");
		assertThat(browser.findElement(By.id("history")).getText()).contains("editor created");

		browser.findElement(By.linkText("Panorama prison")).click();
		assertThat(browser.findElement(By.id("counts")).getText()).contains("nearly 5,000", "Prison director",
				"Journey Gazette");
		browser.findElement(By.linkText("History")).click();
		assertThat(browser.findElement(By.id("history")).getText()).contains("editor created figure");
	}

	private void submit() {
		browser.findElement(By.cssSelector("form.record-form button[type=submit]")).click();
	}

	/** Date inputs take keystrokes in the browser's locale format; setting the value is unambiguous. */
	private void setDate(String id, String isoDate) {
		browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
	}

}
