package org.detaineetracker.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/** Search ignores case, accents, hyphens, spaces and the article, across facilities, sources and speakers. */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class SearchPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "\"{0}\" finds al-Hol")
	@ValueSource(strings = { "al hawl", "Al-Hol", "alhol", "AL-HAWL", "al-Hawl", "hawl", "Hôl", "El Hol", "the hol camp",
			"ALHAWL CAMP" })
	void everySpellingOfAlHolFindsTheSameCamp(String query) throws Exception {
		// MockMvc encodes the URL itself.
		Page page = Pages.fetch(mvc, "/search?q=" + query);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("#found-facilities li a").eachText()).containsExactly("al-Hol camp");
		assertThat(page.text("#found-facilities")).contains("also known as", "al-Hawl");
	}

	@Test
	void sourcesAreFoundByOutletOrTitle() throws Exception {
		assertThat(Pages.fetch(mvc, "/search?q=politico").document().select("#found-sources li a").eachText())
			.containsExactly("Politico: U.S. officials warn of a possible mass ISIS jailbreak in Syria");
		assertThat(Pages.fetch(mvc, "/search?q=daily-caller").text("#found-sources")).contains("Daily Caller News Foundation");
		assertThat(Pages.fetch(mvc, "/search?q=jail break").text("#found-sources"))
			.contains("U.S. forces thwart large ISIS jail break");
	}

	@Test
	void figuresAreFoundBySpeaker() throws Exception {
		Page page = Pages.fetch(mvc, "/search?q=kurilla");
		assertThat(page.document().select("#found-figures tbody tr").eachText()).singleElement()
			.satisfies(row -> assertThat(row).contains("December 2024", "SDF-run detention facilities in northeast Syria",
					"over 8,000", "Gen. Michael Kurilla, CENTCOM commander"));
		assertThat(Pages.fetch(mvc, "/search?q=intelligence official").document().select("#found-figures tbody tr"))
			.hasSize(2);
	}

	@Test
	@Transactional
	void accentsInStoredNamesAreFoldedToo() throws Exception {
		jdbc.sql("insert into facility (slug, name, kind, country_code) values ('roj-camp', 'Camp Rōj', 'CAMP', 'SY')").update();
		jdbc.sql("insert into facility_alias (facility_id, name) select id, 'Al-Rawj' from facility where slug = 'roj-camp'")
			.update();
		assertThat(Pages.fetch(mvc, "/search?q=roj").document().select("#found-facilities li a").eachText())
			.containsExactly("Camp Rōj");
		assertThat(Pages.fetch(mvc, "/search?q=al rawj").document().select("#found-facilities li a").eachText())
			.containsExactly("Camp Rōj");
	}

	@Test
	void anEmptyOrPunctuationOnlySearchFindsNothing() throws Exception {
		assertThat(Pages.fetch(mvc, "/search").document().select("#found-facilities, #search-none")).isEmpty();
		Page page = Pages.fetch(mvc, "/search?q=-_");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("#search-none")).hasSize(1);
		assertThat(Pages.fetch(mvc, "/search?q=atlantis").text("#search-none")).isEqualTo("Nothing matches \"atlantis\".");
	}

	@Test
	void theFacilitiesIndexSearchUsesTheSameFolding() throws Exception {
		assertThat(Pages.fetch(mvc, "/facilities?q=al hawl").document().select("#facilities tbody tr td.name > a")
			.eachText()).containsExactly("al-Hol camp");
	}

}
