package org.detaineetracker.facilitypage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/** The analyst pages as a reader sees them, on the seed data. */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class FacilityPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void dashboardCountsFacilitiesAndShowsTheLatestFigures() throws Exception {
		Page page = Pages.fetch(mvc, "/");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("#facility-count")).isEqualTo("3");
		assertThat(page.text("#group-count")).isEqualTo("2");
		assertThat(page.document().select("#latest-figures tbody tr").first().text())
			.contains("21 January 2026");
		assertThat(page.text("#latest-figures")).contains("over 4,500", "Panorama prison", "7,000");
		assertThat(page.text("#by-holder")).contains("Syrian Democratic Forces");
	}

	@Test
	void facilitiesIndexListsEveryFacilityWithItsHolder() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("#facilities tbody tr")).hasSize(5);
		assertThat(page.document().select("#facilities tbody tr:contains(al-Hol camp)").text())
			.contains("Camp", "Syria", "Government of Syria");
		assertThat(page.document().select("#facilities tbody tr:contains(Panorama prison)").text()).contains("Syrian Democratic Forces", "1");
	}

	/**
	 * The top level (groups and standalone facilities) and each group's sites are each in the order of
	 * the name's letters, ignoring case and a leading article (V111): "al-Hol camp" under H, before
	 * "Panorama prison", not after "SDF-run …" as a C collation orders it. Sites follow their group.
	 */
	@Test
	void theIndexSortsByTheNamesLettersWithSitesBeneathTheirGroup() throws Exception {
		org.jsoup.select.Elements rows = Pages.fetch(mvc, "/facilities").document().select("#facilities tbody tr");
		java.util.List<String> top = rows.not(".site").select("td.name > a").eachText();
		java.util.List<String> sdfSites = rows.select("tr.site:contains(a site of SDF-run) td.name > a").eachText();
		assertThat(keys(top)).as("top level sorted as " + top).isSorted();
		assertThat(sdfSites).containsExactly("al-Hol camp", "Panorama prison");
		assertThat(rows.select("td.name > a").eachText()).containsExactly(
				"Iraqi facilities receiving detainees transferred from Syria",
				"Detention facility near Baghdad International Airport",
				"SDF-run detention facilities in northeast Syria", "al-Hol camp", "Panorama prison");
		assertThat(rows.select("tr.site td.name .visually-hidden").eachText()).containsExactly(
				", a site of Iraqi facilities receiving detainees transferred from Syria",
				", a site of SDF-run detention facilities in northeast Syria",
				", a site of SDF-run detention facilities in northeast Syria");
	}

	/**
	 * Each sortable heading says how the table is ordered (aria-sort) and links to the next order
	 * with the filters kept and the page reset; the figures column orders most first, then fewest.
	 */
	@Test
	void headingsSortAndKeepTheFilters() throws Exception {
		Page byName = Pages.fetch(mvc, "/facilities?country=SY&page=0&size=10");
		assertThat(byName.document().select("#facilities th[aria-sort]").eachAttr("aria-sort"))
			.containsExactly("ascending", "none", "none", "none", "none", "none");
		String figuresLink = byName.document().select("#facilities th[aria-sort] a.sort:contains(Figures)").attr("href");
		assertThat(figuresLink).contains("country=SY", "size=10", "sort=figures,desc").doesNotContain("page=");

		Page mostFirst = Pages.fetch(mvc, figuresLink);
		assertThat(mostFirst.document().select("#facilities th[aria-sort=descending]").text()).startsWith("Figures");
		assertThat(mostFirst.document().select("#facilities td.name > a").eachText())
			.containsExactly("SDF-run detention facilities in northeast Syria", "Panorama prison", "al-Hol camp");
		String again = mostFirst.document().select("#facilities th[aria-sort] a.sort:contains(Figures)").attr("href");
		assertThat(again).contains("sort=figures,asc");
		assertThat(Pages.fetch(mvc, again).document().select("#facilities td.name > a").eachText())
			.containsExactly("SDF-run detention facilities in northeast Syria", "al-Hol camp", "Panorama prison");
	}

	/** The reason's words are checked over real HTTP in ErrorPagesTest. */
	@Test
	void aSortThatNamesNoColumnIsA400() throws Exception {
		for (String sort : new String[] { "population", "name,sideways", "figures,desc,again", "id", ",desc" }) {
			assertThat(Pages.fetch(mvc, "/facilities?sort=" + sort).status()).as(sort).isEqualTo(400);
		}
	}

	/** A site found without its group says which group it belongs to, with a link. */
	@Test
	void aSiteFoundWithoutItsGroupNamesIt() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities?q=panorama");
		assertThat(page.document().select("#facilities tbody tr td.name .part-of a").attr("href"))
			.isEqualTo("/facilities/sdf-detention-facilities-northeast-syria");
		assertThat(page.text("#facilities tbody tr td.name .part-of")).isEqualTo("part of SDF-run detention facilities in northeast Syria");
	}

	private static java.util.List<String> keys(java.util.List<String> names) {
		return names.stream()
			.map(name -> name.toLowerCase(java.util.Locale.ROOT).replaceFirst("^(al|el|the)[- ]", "").replaceAll("[^a-z0-9]", ""))
			.toList();
	}

	@Test
	void facilitiesFilterByCountryHolderAndKind() throws Exception {
		assertThat(names("/facilities?country=IQ")).containsExactlyInAnyOrder(
				"Detention facility near Baghdad International Airport",
				"Iraqi facilities receiving detainees transferred from Syria");
		assertThat(names("/facilities?holder=syrian-government")).containsExactly("al-Hol camp");
		assertThat(names("/facilities?kind=CAMP")).containsExactly("al-Hol camp");
		assertThat(names("/facilities?country=sy&kind=PRISON&holder=sdf")).containsExactly("Panorama prison");
	}

	@Test
	void searchFindsNamesAndAliasesWhateverTheCase() throws Exception {
		assertThat(names("/facilities?q=AL-HAWL")).containsExactly("al-Hol camp");
		assertThat(names("/facilities?q=panorama")).containsExactly("Panorama prison");
		assertThat(names("/facilities?q=baghdad airport")).containsExactly(
				"Detention facility near Baghdad International Airport");
		Page none = Pages.fetch(mvc, "/facilities?q=%25");
		assertThat(none.status()).isEqualTo(200);
		assertThat(none.document().select("#facilities tbody tr")).isEmpty();
	}

	@Test
	void panoramaShowsItsFigureAsWrittenWithSourceSpeakerAndQuote() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/panorama-prison");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("Panorama prison");
		assertThat(page.text("#aliases")).contains("Panorama detention facility");
		assertThat(page.text("#location")).isEqualTo("Al-Hasakah Governorate, Syria");
		assertThat(page.text(".crumbs")).contains("SDF-run detention facilities in northeast Syria");
		String figures = page.text("#counts tbody");
		assertThat(figures).contains("21 January 2026", "ISIS detainees", "over 4,500", "Unattributed report",
				"Unnamed outlet", "holds over 4,500 prisoners");
		assertThat(page.text("#custody")).contains("Syrian Democratic Forces", "still held");
		assertThat(page.text("#movements-out")).contains("150", "High-value ISIS detainees",
				"Iraqi facilities receiving detainees transferred from Syria", "one batch");
		assertThat(page.document().select("#movements-out tbody tr")).allSatisfy(row -> assertThat(
				row.select("td:first-child a").attr("href")).as("each movement leads to its record and its reports")
			.isEqualTo("/movements/" + row.id().substring("movement-".length())));
	}

	@Test
	void groupPageListsItsSitesAndEveryFigureInAsOfOrder() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/sdf-detention-facilities-northeast-syria");
		assertThat(page.document().select("#children a").eachText()).containsExactly("al-Hol camp", "Panorama prison");
		assertThat(page.document().select("#counts tbody tr td:first-child").eachText()).containsExactly(
				"December 2024", "December 2024", "December 2024", "January 2026", "January 2026", "January 2026",
				"January 2026", "21 January 2026");
		assertThat(page.document().select("#counts .figure").eachText()).contains("over 8,000", "9,000",
				"nearly 6,000", "6,000 or so", "7,000");
		assertThat(page.text("#movements-out")).contains("nearly 6,000", "Detention facility near Baghdad International Airport");
	}

	@Test
	void alHolShowsItsChangeOfCustody() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/al-hol-camp");
		assertThat(page.document().select("#custody tbody tr").eachText()).satisfiesExactly(
				sdf -> assertThat(sdf).contains("Syrian Democratic Forces", "unknown", "February 2026"),
				damascus -> assertThat(damascus).contains("Government of Syria", "February 2026", "still held"));
		assertThat(page.text("#aliases")).contains("al-Hawl");
	}

	@Test
	void baghdadShowsTheArrivalsFromSyria() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/baghdad-airport-detention-facility");
		assertThat(page.text("#movements-in")).contains("nearly 6,000", "SDF-run detention facilities in northeast Syria",
				"January 2026 – February 2026", "completed · U.S. Central Command");
		assertThat(page.text("#custody")).contains("Government of Iraq");
	}

	@Test
	void sourcesShowWhatTheyRepeatAndWhoRepeatsThem() throws Exception {
		Page index = Pages.fetch(mvc, "/sources");
		assertThat(index.document().select("#sources tbody tr")).hasSize(7);
		String dailyCaller = index.document().select("#sources tbody tr:contains(Daily Caller)").select("a").first()
			.attr("href");
		Page page = Pages.fetch(mvc, dailyCaller);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("#cites")).contains("Politico");
		assertThat(page.text("#counts")).contains("9,000", "50,000", "SDF-run detention facilities in northeast Syria");
		String politico = page.document().select("#cites a").attr("href");
		assertThat(Pages.fetch(mvc, politico).text("#cited-by")).contains("Daily Caller News Foundation");
	}

	@Test
	void aCountPageGivesTheWholeProvenance() throws Exception {
		Page group = Pages.fetch(mvc, "/facilities/panorama-prison");
		String href = group.document().select("#counts tbody a[href^=/counts/]").attr("href");
		Page page = Pages.fetch(mvc, href);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("over 4,500 ISIS detainees at Panorama prison");
		assertThat(page.text("#bounds")).isEqualTo("over 4,500: 4,501 and up");
		assertThat(page.text("#as-of")).isEqualTo("21 January 2026");
		assertThat(page.text("#speaker")).isEqualTo("Unattributed report");
		assertThat(page.text("#source")).contains("Unnamed outlet", "21 January 2026");
	}

	private java.util.List<String> names(String url) throws Exception {
		Page page = Pages.fetch(mvc, url);
		assertThat(page.status()).as(url).isEqualTo(200);
		return page.document().select("#facilities tbody tr td.name > a").eachText();
	}

}
