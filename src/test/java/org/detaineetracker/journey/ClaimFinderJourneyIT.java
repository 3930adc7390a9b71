package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.test.Browser;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * An editor in a real browser adds the source of an article on the way, pastes the article into the
 * claim finder, sees its figures marked, dismisses one, accepts another into the figure form, saves
 * it, and finds it on the facility page with the passage it was read in.
 */
@TrackerServerTest
class ClaimFinderJourneyIT {

	/** Written for this journey. */
	static final String ARTICLE = """
			Guards at the camp said on 2 March 2026 that nearly 6,000 women and children are still held at al-Hawl.
			The camp, opened in 1991, has 8 gates.
			About 250 detainees were moved to another site last week, a guard said.""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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
	void anEditorAcceptsAFigureFromAPastedArticle() {
		browser.get("http://localhost:" + port + "/claims/new");
		browser.findElement(By.name("username")).sendKeys(TestAccounts.EDITOR);
		browser.findElement(By.name("password")).sendKeys(TestAccounts.PASSWORD);
		clickAndWaitFor(By.cssSelector("form.stacked button"), "/claims/new");
		assertThat(browser.findElement(By.cssSelector("nav a.active")).getText()).isEqualTo("Find figures");

		// the article's source is not listed yet: add it on the way
		clickAndWaitFor(By.id("new-source"), "/sources/new");
		browser.findElement(By.id("outlet")).sendKeys("Claims Journey Herald");
		browser.findElement(By.id("title")).sendKeys("Camp still holds thousands");
		new Select(browser.findElement(By.id("kind"))).selectByValue("NEWS");
		setValue("publishedOn", "2026-03-04");
		new Select(browser.findElement(By.id("publishedPrecision"))).selectByValue("DAY");
		clickAndWaitFor(By.cssSelector("form.record-form button[type=submit]"), "/claims/new");

		// back at the paste form with the new source chosen
		assertThat(browser.findElement(By.id("confirmation")).getText()).startsWith("Source saved");
		assertThat(new Select(browser.findElement(By.id("source"))).getFirstSelectedOption().getText())
			.startsWith("Claims Journey Herald");
		WebElement text = browser.findElement(By.id("text"));
		text.sendKeys(ARTICLE);
		// the script counts characters as the editor types
		assertThat(browser.findElement(By.id("text-count")).getText()).isEqualTo(
				String.format("%,d of 200,000 characters", ARTICLE.length()));
		clickAndWaitFor(By.id("find"), "/claims/reading");

		// every candidate is marked in the text and explained beside it
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Figures found in the text");
		List<String> likely = browser.findElements(By.cssSelector("#text mark.likely")).stream().map(WebElement::getText).toList();
		// "8 gates" reads like people held at a camp: the finder proposes it, the editor knows better
		assertThat(likely).containsExactly("nearly 6,000", "8", "About 250");
		assertThat(browser.findElements(By.cssSelector("#text mark.unlikely"))).hasSize(3);
		// the unlikely candidates are folded away under their count until a mark in the text is followed
		WebElement folded = browser.findElement(By.id("unlikely-candidates"));
		assertThat(folded.getAttribute("open")).isNull();
		browser.findElement(By.cssSelector("#text mark.unlikely a")).click();
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> folded.getAttribute("open") != null);
		WebElement nearly = candidate("nearly 6,000");
		assertThat(nearly.getText()).contains("held", "al-Hol camp (“al-Hawl”)",
				"ISIS-affiliated women and children (“women”)", "2 March 2026 (read as 2 March 2026)");

		// a wrong candidate is dismissed, in the list and in the text, and could be restored
		WebElement gates = candidate("8");
		WebElement dismiss = gates.findElement(By.cssSelector("button.dismiss"));
		dismiss.click();
		assertThat(gates.getAttribute("class")).contains("dismissed");
		assertThat(browser.findElement(By.cssSelector("mark[data-candidate='" + gates.getAttribute("data-candidate") + "']"))
			.getAttribute("class")).contains("dismissed");
		assertThat(dismiss.getText()).isEqualTo("Restore");

		nearly.findElement(By.cssSelector("a.accept-count")).click();
		waitFor("/counts/new");

		// the figure form, filled in from what was read
		assertThat(new Select(browser.findElement(By.id("facility"))).getFirstSelectedOption().getText())
			.isEqualTo("al-Hol camp");
		assertThat(new Select(browser.findElement(By.id("cohort"))).getFirstSelectedOption().getText())
			.isEqualTo("ISIS-affiliated women and children");
		assertThat(new Select(browser.findElement(By.id("source"))).getFirstSelectedOption().getText())
			.startsWith("Claims Journey Herald");
		assertThat(new Select(browser.findElement(By.id("qualifier"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("NEARLY");
		assertThat(browser.findElement(By.id("value")).getAttribute("value")).isEqualTo("6000");
		assertThat(browser.findElement(By.id("asOf")).getAttribute("value")).isEqualTo("2026-03-02");
		assertThat(browser.findElement(By.id("speaker")).getAttribute("value")).isEqualTo("Guards at the camp");
		assertThat(browser.findElement(By.cssSelector("#passage blockquote")).getText())
			.isEqualTo(ARTICLE.lines().findFirst().orElseThrow());
		// the editor shortens the quote and saves
		WebElement quote = browser.findElement(By.id("quote"));
		quote.clear();
		quote.sendKeys("nearly 6,000 women and children are still held at al-Hawl");
		browser.findElement(By.cssSelector("form.record-form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlMatches(".*/counts/\\d+$"));

		assertThat(browser.findElement(By.id("confirmation")).getText()).isEqualTo("Figure saved.");
		assertThat(browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("nearly 6,000 ISIS-affiliated women and children at al-Hol camp");
		assertThat(browser.findElement(By.id("passage")).getText())
			.startsWith("From the passage at characters 0–103 of the pasted text:");

		clickAndWaitFor(By.linkText("al-Hol camp"), "/facilities/al-hol-camp");
		WebElement row = browser.findElement(By.xpath("//section[@id='counts']//tr[contains(., 'Claims Journey Herald')]"));
		assertThat(row.getText()).contains("nearly 6,000", "Guards at the camp",
				"From the passage at characters 0–103 of the pasted text:",
				"Guards at the camp said on 2 March 2026 that nearly 6,000 women and children are still held at al-Hawl.");

		// the saved figure kept its passage, and its first revision did too
		long id = jdbc.sql("select id from reported_count where speaker = 'Guards at the camp' and value = 6000")
			.query(Long.class).single();
		assertThat(jdbc.sql("select passage_text from reported_count_aud where id = ?").param(id).query(String.class).single())
			.startsWith("Guards at the camp said on 2 March 2026");

		// back in the reading, the figure is marked as recorded
		browser.get("http://localhost:" + port + "/claims/reading");
		assertThat(candidate("nearly 6,000").findElement(By.cssSelector(".recorded")).getText())
			.contains("figure " + id);
	}

	/** A click that leaves the page returns before the next page is there when the machine is busy. */
	private void clickAndWaitFor(By target, String urlPart) {
		browser.findElement(target).click();
		waitFor(urlPart);
	}

	private void waitFor(String urlPart) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains(urlPart));
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
	}

	private WebElement candidate(String figure) {
		return browser.findElements(By.cssSelector("li.candidate"))
			.stream()
			.filter(li -> li.findElement(By.cssSelector(".candidate-head .figure")).getText().equals(figure))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no candidate " + figure));
	}

	/** Date inputs take keystrokes in the browser's locale format; setting the value is unambiguous. */
	private void setValue(String id, String value) {
		browser.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
	}

}
