package org.detaineetracker.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/**
 * Names in Arabic script are found as Latin ones are, whichever of the forms a writer may use:
 * with or without short vowels and tatweel, with the article or without, alef with or without
 * hamza, ta marbuta or ha (V110), on the search page, the facilities index and the API.
 */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class ArabicSearchTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "\"{0}\" finds al-Hol")
	@ValueSource(strings = { "مخيم الهول", "الهول", "هول", "مُخَيَّمُ الهَوْلِ", "مخيـــم الهول", "مخيم هول", "مخيمالهول" })
	void everyWritingOfAlHolsArabicNameFindsTheCamp(String query) throws Exception {
		Page search = Pages.fetch(mvc, "/search?q=" + query);
		assertThat(search.status()).isEqualTo(200);
		assertThat(search.document().select("#found-facilities li a").eachText()).containsExactly("al-Hol camp");

		Page index = Pages.fetch(mvc, "/facilities?q=" + query);
		assertThat(index.document().select("#facilities tbody tr").eachText()).singleElement()
			.asString()
			.contains("al-Hol camp");

		MockHttpServletResponse api = mvc.perform(get("/api/facilities").param("q", query)).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(200);
		assertThat(api.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("\"al-hol-camp\"")
			.doesNotContain("\"panorama-prison\"");
	}

	@Test
	@Transactional
	void hamzaTaMarbutaAndAlefMaqsuraAreReadEitherWay() throws Exception {
		jdbc.sql("insert into facility (slug, name, kind, country_code) values ('abu-ghraib', 'سجن أبو غريب', 'PRISON', 'IQ')").update();
		jdbc.sql("insert into facility (slug, name, kind, country_code) values ('a-school', 'مدرسة المستشفى', 'HOLDING_SITE', 'IQ')").update();

		assertThat(found("ابو غريب")).containsExactly("سجن أبو غريب");
		assertThat(found("أبو غريب")).containsExactly("سجن أبو غريب");
		assertThat(found("إبو غريب")).containsExactly("سجن أبو غريب");
		assertThat(found("مدرسه")).containsExactly("مدرسة المستشفى");
		assertThat(found("المستشفي")).containsExactly("مدرسة المستشفى");
	}

	@Test
	void anArabicNameIsShownInItsOwnDirection() throws Exception {
		Page camp = Pages.fetch(mvc, "/facilities/al-hol-camp");
		assertThat(camp.document().select("#aliases bdi").eachText()).contains("مخيم الهول", "al-Hawl");
		assertThat(camp.document().select("h1").attr("dir")).isEqualTo("auto");
	}

	@Test
	void latinSearchStillIgnoresAccentsAndAWordWithoutLettersFindsNothing() throws Exception {
		assertThat(found("Hôl")).containsExactly("al-Hol camp");
		assertThat(Pages.fetch(mvc, "/search?q=" + "ـــ").document().select("#found-facilities li")).isEmpty();
	}

	private java.util.List<String> found(String query) throws Exception {
		return Pages.fetch(mvc, "/search?q=" + query).document().select("#found-facilities li a").eachText();
	}

}
