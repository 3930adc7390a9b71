package org.detaineetracker.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/** Estimates, conflicts and the timeline as an analyst sees them on the seed data. */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class EstimatePagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theGroupShowsItsJanuary2026ConflictNamingTheReportsThatDisagree() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/sdf-detention-facilities-northeast-syria");
		String isis = page.text("#estimates [data-cohort=isis-detainees]");
		assertThat(isis).contains("Conflict", "January 2026", "5,400 to 7,000", "2 independent sources");
		// The derivation replaces the pairwise bullets that repeated the same sources four times: each
		// conflict is named once, with the projection it disagrees with and by how much.
		assertThat(page.document().select("#estimates .disagreements")).isEmpty();
		assertThat(page.document().select("#estimates [data-cohort=isis-detainees] .see-derivation a").attr("href"))
			.isEqualTo("#population");
		assertThat(page.document().select("#population [data-cohort=isis-detainees] .derivation-conflicts li .conflict-words").eachText())
			.anySatisfy(line -> assertThat(line).startsWith("reported 7,000 on 21 January 2026 (Unattributed report")
				.contains("the projection from 'nearly 6,000'").endsWith("252 people apart"))
			.anySatisfy(line -> assertThat(line).startsWith("reported nearly 6,000 in January 2026")
				.contains("allows between 2,851 and 3,450").endsWith("2,252 people apart"));
	}

	/**
	 * A site shows its group's estimate with the group's conflict; that conflict is named in the
	 * group's derivation, not in the site's, so the link goes there (al-Hol's own page derives nothing
	 * for the group's cohort).
	 */
	@Test
	void aGroupsConflictShownOnASitePageLinksToTheGroupsDerivation() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/al-hol-camp");
		Element group = page.document().selectFirst("#group-estimates [data-cohort=isis-detainees]");
		assertThat(group.select(".conflict-flag")).as("the group's reports disagree").isNotEmpty();
		assertThat(group.select(".see-derivation a").attr("href"))
			.isEqualTo("/facilities/sdf-detention-facilities-northeast-syria#population");
		assertThat(Pages.fetch(mvc, "/facilities/sdf-detention-facilities-northeast-syria").document()
			.select("#population [data-cohort=isis-detainees] .derivation-conflicts li")).as("and it names them there")
			.isNotEmpty();
		assertThat(page.document().select("#estimates > .cohort-estimate .see-derivation a"))
			.as("no link to a derivation above that names no conflict")
			.allSatisfy(link -> assertThat(page.document().select("#population .derivation-conflicts li")).isNotEmpty());
	}

	@Test
	void theGroupsHistoryShowsDecember2024AsConsistentAtNineThousand() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/sdf-detention-facilities-northeast-syria");
		assertThat(page.document().select("#estimates [data-cohort=isis-detainees] .estimate-history tbody tr").eachText())
			.satisfiesExactly(december -> assertThat(december).isEqualTo("December 2024 9,000 2"),
					january -> assertThat(january).contains("January 2026", "Conflict", "5,400 to 7,000"));
	}

	@Test
	void aGroupsOwnEstimateAndItsSitesSumAreShownSideBySide() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/sdf-detention-facilities-northeast-syria");
		String sites = page.text("#estimates [data-cohort=isis-detainees] .sites-sum");
		assertThat(sites).contains("over 4,500", "one site of 2 reporting", "never added");
		assertThat(page.text("#estimates [data-cohort=other-detainees-and-residents]")).contains("50,000",
				"one independent source", "None of its sites has figures");
	}

	@Test
	void alHolHasNoFiguresOfItsOwnAndShowsItsGroupsConflictLabelledAsTheGroups() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/al-hol-camp");
		assertThat(page.text("#estimates-none")).contains("no figures of its own");
		assertThat(page.text("#group-estimates h3"))
			.isEqualTo("For the whole group: SDF-run detention facilities in northeast Syria");
		assertThat(page.text("#group-estimates")).contains("not for al-Hol camp alone", "Conflict", "5,400 to 7,000");
		assertThat(page.document().select("#timeline")).as("no chart without figures of its own").isEmpty();
	}

	@Test
	void panoramaHasItsOwnEstimateBesideItsGroups() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/panorama-prison");
		assertThat(page.text("#estimates [data-cohort=isis-detainees] .range")).isEqualTo("over 4,500");
		assertThat(page.text("#group-estimates")).contains("Conflict");
	}

	@Test
	void theTimelineChartGetsItsDataFromAJsonBlockAndAScriptFile() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/sdf-detention-facilities-northeast-syria");
		String json = page.document().select("script#timeline-data").first().data();
		assertThat(page.document().select("script#timeline-data").attr("type")).isEqualTo("application/json");
		assertThat(json).contains("\"cohort\":\"ISIS detainees\"", "\"cohort\":\"Other detainees and camp residents\"",
				"\"figure\":\"over 8,000\"", "\"speaker\":\"Gen. Michael Kurilla, CENTCOM commander\"",
				"\"source\":\"Daily Caller News Foundation\"", "\"conflict\":true", "\"open\":true",
				"\"lower\":5400,\"upper\":5999", "\"lower\":9000,\"upper\":9000");
		// a hundred reports are a hundred points on the page: what is false goes unsaid
		assertThat(json).doesNotContain("\"open\":false", "\"conflict\":false", "\"pending\":false");
		// The chart's scripts, in the order they depend on each other (the layout adds its own around them).
		assertThat(page.document().select("script[src]").eachAttr("src")).containsSubsequence(
				"/webjars/chart.js/dist/chart.umd.js", "/webjars/luxon/build/global/luxon.min.js",
				"/webjars/chartjs-adapter-luxon/dist/chartjs-adapter-luxon.umd.min.js", "/js/timeline.js");
		assertThat(page.document().select("script:not([src]):not([type=application/json])")).as("no inline script").isEmpty();
		assertThat(page.document().select("[style]")).as("no inline style").isEmpty();
		assertThat(page.document().select("#counts tbody tr")).as("the table stays as the fallback").hasSize(8);
	}

	@Test
	void chartJsIsServedFromItsWebjar() throws Exception {
		Page script = Pages.fetch(mvc, "/webjars/chart.js/dist/chart.umd.js");
		assertThat(script.status()).isEqualTo(200);
		assertThat(script.body()).contains("Chart");
		assertThat(Pages.fetch(mvc, "/js/timeline.js").body()).contains("timeline-data");
	}

	@Test
	void theDashboardShowsTotalsAsRangesAndTheConflictThatNeedsAttention() throws Exception {
		Page page = Pages.fetch(mvc, "/");
		assertThat(page.document().select("#conflict-list tbody tr").eachText()).singleElement()
			.satisfies(row -> assertThat(row).contains("SDF-run detention facilities in northeast Syria", "ISIS detainees",
					"January 2026", "7,000"));
		// The issue replaces the old totals, which added the January reports to the SDF although the
		// transfer to Iraq was completed: the totals now follow the movements and custody.
		assertThat(page.document().select("#by-holder tbody tr[data-cohort=isis-detainees] .headline > .range").eachText())
			.containsExactly("between 5,550 and 6,149", "at most 1,450");
		assertThat(page.text("#by-country")).contains("Syria", "Iraq", "between 5,550 and 6,149");
	}

	@Test
	void theHelpPageStatesTheRulesAndEveryQualifierRow() throws Exception {
		Page page = Pages.fetch(mvc, "/help/figures");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("#qualifier-table tbody tr").eachText()).containsExactly(
				"exact a precise figure just that number 6,000 exactly 6,000",
				"approximate about, around, some, roughly, an estimated that number, marked approximate (widened when compared, see below) about 6,000 roughly 6,000, not an exact count (widened when compared with other reports)",
				"over over, more than, in excess of more than v: from v + 1 up, with no upper limit over 6,000 over 6,000: 6,001 and up",
				"at least at least v or more, with no upper limit at least 6,000 at least 6,000: 6,000 and up",
				"nearly nearly, almost, close to from 90 % of v, rounded up, to v − 1 nearly 6,000 between 5,400 and 5,999",
				"up to up to, as many as, at most from 0 to v up to 6,000 at most 6,000",
				"fewer than fewer than, less than, under from 0 to v − 1 fewer than 6,000 fewer than 6,000",
				"range between a and b, a–b from a to b between 6,000 and 9,000 between 6,000 and 9,000");
		// words, never enum codes or interval notation
		assertThat(page.text("#qualifier-table")).doesNotContain("AT_LEAST", "FEWER_THAN", "∞", "[v");
		assertThat(page.text("#estimates-rules")).contains("31 days", "10 %", "not independent confirmation");
		assertThat(page.text("#known-on-rules")).contains("last day of that period");
		assertThat(Pages.fetch(mvc, "/").document().select("nav a[href=/help/figures]")).hasSize(1);
	}

}
