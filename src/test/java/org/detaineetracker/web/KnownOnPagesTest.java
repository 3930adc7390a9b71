package org.detaineetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/** The "as known on" view: only figures whose source was known by then and not retracted by then. */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class KnownOnPagesTest {

	static final String GROUP = "/facilities/sdf-detention-facilities-northeast-syria";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void atTheEndOf2025Only2024FiguresAreShownAndTheBannerSaysSo() throws Exception {
		Page page = Pages.fetch(mvc, GROUP + "?knownOn=2025-12-31");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("#known-on-banner")).contains("Showing only what was known on 31 December 2025");
		assertThat(page.document().select("#known-on").attr("value")).isEqualTo("2025-12-31");
		assertThat(page.document().select("#counts tbody tr td:first-child").eachText())
			.containsExactly("December 2024", "December 2024", "December 2024");
		assertThat(page.text("#estimates [data-cohort=isis-detainees]")).contains("9,000").doesNotContain("Conflict");
		assertThat(page.text("#timeline-data")).doesNotContain("2026");
		assertThat(Pages.fetch(mvc, GROUP).document().select("#known-on-banner")).isEmpty();
	}

	@Test
	void linksKeepTheDateAndTheBannerLeadsBackToToday() throws Exception {
		Page page = Pages.fetch(mvc, GROUP + "?knownOn=2025-12-31");
		assertThat(page.document().select("#children a").eachAttr("href")).containsExactly(
				"/facilities/al-hol-camp?knownOn=2025-12-31", "/facilities/panorama-prison?knownOn=2025-12-31");
		assertThat(page.document().select("nav a[href^=/facilities]").attr("href")).isEqualTo("/facilities?knownOn=2025-12-31");
		assertThat(page.document().select("link[rel=stylesheet]").attr("href")).isEqualTo("/css/tracker.css");
		assertThat(page.document().select("#known-on-clear").attr("href")).isEqualTo(GROUP + "?knownOn=");
		assertThat(Pages.fetch(mvc, GROUP + "?knownOn=").document().select("#known-on-banner")).isEmpty();
	}

	@Test
	void aSourceDatedOnlyToAMonthIsKnownFromTheLastDayOfThatMonth() throws Exception {
		// Fox News Digital: "February 2026"; the unnamed airlift report: 21 January 2026.
		assertThat(figures(GROUP + "?knownOn=2026-02-27")).containsExactlyInAnyOrder("over 8,000", "9,000", "50,000", "7,000");
		assertThat(figures(GROUP + "?knownOn=2026-02-28")).contains("nearly 6,000", "6,000 or so").hasSize(8);
		assertThat(figures(GROUP + "?knownOn=2026-01-20")).containsExactlyInAnyOrder("over 8,000", "9,000", "50,000");
	}

	@Test
	void custodyAndMovementsFollowTheirSources() throws Exception {
		Page alHol = Pages.fetch(mvc, "/facilities/al-hol-camp?knownOn=2025-12-31");
		assertThat(alHol.text("#custody")).contains("No custody holder is recorded");
		assertThat(alHol.document().select("#group-estimates")).isNotEmpty();
		assertThat(Pages.fetch(mvc, "/facilities/baghdad-airport-detention-facility?knownOn=2025-12-31").text("#movements-in"))
			.contains("None recorded");
	}

	@Test
	@Transactional
	void aRetractionHidesAFigureFromTheDayItWasMadeButNotBefore() throws Exception {
		jdbc.sql("""
				update reported_count set status = 'RETRACTED', retraction_reason = 'Misquoted',
				    retracted_at = timestamptz '2026-03-10T12:00:00Z' where value = 7000""").update();
		Page now = Pages.fetch(mvc, GROUP);
		assertThat(now.document().select("#counts tr.retracted").text()).contains("7,000", "Retracted");
		assertThat(now.text("#estimates [data-cohort=isis-detainees]")).as("retracted figures are not read")
			.doesNotContain("Conflict").contains("between 5,400 and 5,999");

		Page before = Pages.fetch(mvc, GROUP + "?knownOn=2026-03-09");
		assertThat(before.document().select("#counts tr.retracted")).isEmpty();
		assertThat(figures(GROUP + "?knownOn=2026-03-09")).contains("7,000");
		assertThat(before.text("#estimates [data-cohort=isis-detainees]")).contains("Conflict");

		assertThat(figures(GROUP + "?knownOn=2026-03-10")).doesNotContain("7,000");
	}

	@Test
	void theIndexDashboardAndSearchShowWhatWasKnownThen() throws Exception {
		Page index = Pages.fetch(mvc, "/facilities?knownOn=2025-12-31");
		assertThat(index.document().select("#facilities tbody tr:contains(Panorama prison) td.holder").text()).doesNotContain("SDF");
		Page dashboard = Pages.fetch(mvc, "/?knownOn=2025-12-31");
		assertThat(dashboard.text("#known-on-banner")).isNotEmpty();
		assertThat(dashboard.text("#latest-figures")).doesNotContain("2026");
		assertThat(dashboard.document().select("#conflict-list")).isEmpty();
		assertThat(dashboard.text("#by-holder")).contains("9,000");
		assertThat(Pages.fetch(mvc, "/search?q=fox&knownOn=2025-12-31").document().select("#found-sources")).isEmpty();
		assertThat(Pages.fetch(mvc, "/search?q=fox").text("#found-sources")).contains("Fox News Digital");
	}

	@Test
	void sourcesAndFiguresPublishedLaterAreNotFoundOnAnEarlierDate() throws Exception {
		assertThat(Pages.fetch(mvc, "/sources?knownOn=2025-12-31").document().select("#sources tbody tr td:nth-child(2)")
			.eachText()).containsExactlyInAnyOrder("U.S. Central Command", "Politico", "Unnamed outlet",
					"Daily Caller News Foundation");
		long fox = jdbc.sql("select id from source where outlet = 'Fox News Digital'").query(Long.class).single();
		assertThat(Pages.fetch(mvc, "/sources/" + fox + "?knownOn=2025-12-31").status()).isEqualTo(404);
		assertThat(Pages.fetch(mvc, "/sources/" + fox + "?knownOn=2026-02-28").status()).isEqualTo(200);
		long airlift = jdbc.sql("select id from reported_count where value = 7000").query(Long.class).single();
		assertThat(Pages.fetch(mvc, "/counts/" + airlift + "?knownOn=2026-01-20").status()).isEqualTo(404);
		assertThat(Pages.fetch(mvc, "/counts/" + airlift + "?knownOn=2026-01-21").text("h1")).startsWith("7,000");
	}

	@Test
	@Transactional
	void aFigureRetractedLaterIsShownAsActiveOnItsSourcesAndItsOwnPage() throws Exception {
		jdbc.sql("""
				update reported_count set status = 'RETRACTED', retraction_reason = 'Misquoted',
				    retracted_at = timestamptz '2026-03-10T12:00:00Z' where value = 7000""").update();
		long airlift = jdbc.sql("select id from reported_count where value = 7000").query(Long.class).single();
		assertThat(Pages.fetch(mvc, "/counts/" + airlift).document().select("#retraction")).hasSize(1);
		assertThat(Pages.fetch(mvc, "/counts/" + airlift + "?knownOn=2026-03-09").document().select("#retraction")).isEmpty();
		assertThat(Pages.fetch(mvc, "/counts/" + airlift + "?knownOn=2026-03-10").status()).isEqualTo(404);
	}

	@Test
	@org.springframework.security.test.context.support.WithMockUser(username = "admin", roles = "ADMIN")
	void adminPagesAreNotAnalystPagesAndKeepTheirOwnKnownOn() throws Exception {
		Page users = Pages.fetch(mvc, "/admin/users?knownOn=not-a-date");
		assertThat(users.status()).isEqualTo(200);
		assertThat(users.document().select(".known-on-bar, #known-on-banner")).isEmpty();
	}

	@Test
	void aMalformedDateIsABadRequestOnEveryPage() throws Exception {
		for (String url : new String[] { GROUP + "?knownOn=31.12.2025", "/?knownOn=yesterday", "/sources?knownOn=2025-13-01",
				"/facilities?knownOn=2025-02-30", "/search?q=hol&knownOn=x", "/help/figures?knownOn=2025" }) {
			assertThat(Pages.fetch(mvc, url).status()).as(url).isEqualTo(400);
		}
	}

	private java.util.List<String> figures(String url) throws Exception {
		Page page = Pages.fetch(mvc, url);
		assertThat(page.status()).as(url).isEqualTo(200);
		return page.document().select("#counts .figure").eachText();
	}

}
