package org.detaineetracker.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.test.Browser;
import org.detaineetracker.test.EndpointCatalog;
import org.detaineetracker.test.EndpointCatalog.Row;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;

/**
 * Every page a signed-in person can open, in a real browser at a phone's width (390 px) and a
 * laptop's (1280 px): nothing scrolls sideways, the header fits one row on the laptop, and the
 * navigation (behind its menu button on the phone) reaches every section. The pages come from the
 * endpoint catalog, so a new page is measured as soon as it is catalogued.
 *
 * <p>Run with {@code -Dscreenshots=/some/dir} to keep pictures of each page at each width: what the
 * screen shows first, and the whole page.
 */
@TrackerServerTest
class PhoneLayoutJourneyIT {

	static final int PHONE = 390;

	static final int LAPTOP = 1280;

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
	void analystPagesFitAPhoneAndALaptop() throws IOException {
		everyPageFits(TestAccounts.ANALYST);
	}

	@Test
	void editorPagesFitAPhoneAndALaptop() throws IOException {
		everyPageFits(TestAccounts.EDITOR);
	}

	@Test
	void adminPagesFitAPhoneAndALaptop() throws IOException {
		everyPageFits(TestAccounts.ADMIN);
	}

	@Test
	void theMenuOnAPhoneReachesEverySection() throws IOException {
		signIn(TestAccounts.ADMIN);
		resize(PHONE);
		browser.get(url("/"));
		List<String> sections = navigationLinks();
		assertThat(sections).contains("/", "/facilities", "/sources", "/movements", "/search", "/help/figures",
				"/claims/new", "/account/tokens", "/admin/users", "/admin/export");
		for (String section : sections) {
			browser.get(url("/"));
			WebElement menu = browser.findElement(By.id("menu-button"));
			assertThat(menu.isDisplayed()).as("the menu button on a phone").isTrue();
			assertThat(browser.findElement(By.cssSelector("nav a[href='" + section + "']")).isDisplayed())
				.as("the menu starts closed").isFalse();
			menu.click();
			assertThat(menu.getAttribute("aria-expanded")).isEqualTo("true");
			WebElement link = browser.findElement(By.cssSelector("nav a[href='" + section + "']"));
			assertThat(link.isDisplayed()).as("%s shown in the open menu", section).isTrue();
			link.click();
			Browser.awaitUrl(browser, ".*" + Pattern.quote(section) + "$");
			assertThat(status()).as("status of %s", section).isEqualTo(200);
			WebElement current = browser.findElement(By.cssSelector("nav a[aria-current=page]"));
			assertThat(current.getAttribute("href")).as("the section marked as current").endsWith(section);
			assertThat(browser.executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
				.as("no sideways scrolling on %s", section).isEqualTo(true);
		}
		browser.get(url("/"));
		browser.findElement(By.id("menu-button")).click();
		assertThat(browser.findElement(By.id("signed-in-as")).isDisplayed()).as("the sign-out in the open menu").isTrue();
		screenshot(TestAccounts.ADMIN, "/menu-open", PHONE);
	}

	@Test
	void theSignInPageShowsNoNavigation() {
		resize(PHONE);
		browser.get(url("/login"));
		assertThat(browser.findElements(By.cssSelector("nav a"))).isEmpty();
		assertThat(browser.findElements(By.id("menu-button"))).isEmpty();
		assertThat(browser.findElement(By.name("username")).getSize().getWidth()).as("a full-width field")
			.isGreaterThan(PHONE / 2);
	}

	private void everyPageFits(String account) throws IOException {
		signIn(account);
		Map<String, String> pages = pagesFirstOpenedBy(account);
		assertThat(pages).isNotEmpty();
		SoftAssertions softly = new SoftAssertions();
		for (int width : new int[] { PHONE, LAPTOP }) {
			resize(width);
			for (String path : pages.values()) {
				browser.get(url(path));
				softly.assertThat(status()).as("status of %s", path).isEqualTo(200);
				softly.assertThat(browser.executeScript("return window.innerWidth")).isEqualTo((long) width);
				Object scrollWidth = browser.executeScript("return document.documentElement.scrollWidth");
				softly.assertThat((Long) scrollWidth).as("scroll width of %s at %d px (too wide: %s)", path, width, tooWide())
					.isLessThanOrEqualTo(width);
				if (width == LAPTOP) {
					softly.assertThat(headerRows()).as("rows of the header on %s at %d px", path, width).isEqualTo(1);
				}
				else {
					softly.assertThat(narrowCards()).as("cards narrower than their table on %s at %d px", path, width).isEmpty();
				}
				screenshot(account, path, width);
			}
		}
		softly.assertAll();
	}

	/**
	 * The GET pages of the catalog this account may open that no lesser account may: each page is
	 * measured once, signed in as the least privileged account that sees it (the admin's header is
	 * the widest, so the admin also measures the dashboard).
	 */
	private Map<String, String> pagesFirstOpenedBy(String account) {
		Map<String, String> pages = new LinkedHashMap<>();
		for (Map.Entry<String, Row> entry : EndpointCatalog.load(jdbc).entrySet()) {
			Row row = entry.getValue();
			// embed views (no header: they are framed on other sites, and fit a phone like any page) and feeds are measured
			// without the header rule below; feeds and CSV are not pages
			boolean page = entry.getKey().startsWith("GET ") && !row.path().startsWith("/api/") && !row.path().contains(".csv")
					&& !row.path().startsWith("/feeds/") && !row.path().startsWith("/embed/");
			if (!page) {
				continue;
			}
			boolean mine = switch (account) {
				case TestAccounts.ANALYST -> row.analyst() == 200;
				case TestAccounts.EDITOR -> row.editor() == 200 && row.analyst() != 200;
				default -> (row.admin() == 200 && row.editor() != 200) || row.path().equals("/");
			};
			if (mine && row.anonymous() != 200) {
				pages.put(entry.getKey(), row.path());
			}
		}
		return pages;
	}

	/** How many rows the brand, the navigation links and the sign-out form sit on: items whose middles are within 12 px share one. */
	private long headerRows() {
		Object rows = browser.executeScript("""
				const items = document.querySelectorAll('.site-header .brand, .site-header nav a, .site-header form.user');
				// by their middles: a tall brand beside two rows of links would otherwise join them into one
				const middles = [...items].map(item => { const b = item.getBoundingClientRect(); return (b.top + b.bottom) / 2; })
				  .sort((a, b) => a - b);
				let rows = 0;
				let last = -Infinity;
				for (const middle of middles) {
				  if (middle - last > 12) { rows++; }
				  last = middle;
				}
				return rows;""");
		return (Long) rows;
	}

	/**
	 * The rows of tables a phone shows as cards (headlines, totals over time, stacked) that are not
	 * as wide as their table: a card that stops short of the edge looks broken.
	 */
	@SuppressWarnings("unchecked")
	private List<Object> narrowCards() {
		return (List<Object>) browser.executeScript("""
				return [...document.querySelectorAll('table.headlines, table.totals-history, table.stacked')]
				  .flatMap(table => [...table.querySelectorAll('tbody > tr')]
				    .filter(row => row.getBoundingClientRect().width < table.getBoundingClientRect().width - 2)
				    .map(row => table.className + ': ' + Math.round(row.getBoundingClientRect().width) + ' of '
				      + Math.round(table.getBoundingClientRect().width) + ' px'))
				  .slice(0, 5);""");
	}

	/** The innermost elements reaching past the right edge, to say what to fix when a page is too wide. */
	private Object tooWide() {
		return browser.executeScript("""
				const edge = window.innerWidth;
				const wide = [...document.body.querySelectorAll('*')].filter(element => element.getBoundingClientRect().right > edge + 1);
				return wide.filter(element => ![...element.children].some(child => wide.includes(child)))
				  .slice(0, 5).map(element => element.tagName + '.' + element.className + ' ' + Math.round(element.getBoundingClientRect().right));""");
	}

	private List<String> navigationLinks() {
		List<String> links = new ArrayList<>();
		for (WebElement link : browser.findElements(By.cssSelector("nav a"))) {
			links.add(link.getDomAttribute("href"));
		}
		return links;
	}

	/** The status the server answers for the page the browser shows, asked again by the page itself. */
	private long status() {
		Object status = browser.executeAsyncScript(
				"const done = arguments[0]; fetch(location.href).then(r => done(r.status), () => done(-1));");
		return (Long) status;
	}

	private void signIn(String account) {
		browser.get(url("/login"));
		Browser.signIn(browser, account);
		assertThat(browser.findElement(By.id("signed-in-as")).getAttribute("textContent")).isEqualTo(account);
	}

	/** The layout viewport of a desktop browser this wide: no phone zoom-out hides an overflow. */
	private void resize(int width) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", width == PHONE ? 844 : 900, "deviceScaleFactor", 1, "mobile", false));
	}

	private void screenshot(String account, String path, int width) throws IOException {
		String directory = System.getProperty("screenshots");
		if (directory == null) {
			return;
		}
		String name = account + path.replaceAll("[^A-Za-z0-9]+", "_") + "-" + width;
		Path top = Path.of(directory, name + "-top.png");
		Files.createDirectories(top.getParent());
		Files.write(top, browser.getScreenshotAs(OutputType.BYTES));
		Object height = browser.executeScript("return Math.min(document.documentElement.scrollHeight, 6000)");
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
		Files.write(Path.of(directory, name + "-full.png"), browser.getScreenshotAs(OutputType.BYTES));
		resize(width);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
