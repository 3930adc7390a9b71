package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.TrackerTest;

/**
 * The facility page and the dashboard keep their rendered parts per data version, the facilities
 * index the order of each list: what they show
 * must never outlive a write, and what differs per reader (editor links, who is signed in) must never
 * pass from one reader to another.
 */
@TrackerTest
@Transactional
class KeptPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFacilityPageShowsAFigureAddedAfterItWasKept() throws Exception {
		assertThat(page("/facilities/al-hol-camp", "analyst", "ANALYST").text()).doesNotContain("12,345");
		addFigure("al-hol-camp", 12_345);
		assertThat(page("/facilities/al-hol-camp", "analyst", "ANALYST").select("#counts").text()).contains("12,345");
	}

	@Test
	void theDashboardShowsAFigureAddedAfterItWasKept() throws Exception {
		assertThat(page("/", "analyst", "ANALYST").text()).doesNotContain("12,346");
		addFigure("panorama-prison", 12_346);
		assertThat(page("/", "analyst", "ANALYST").text()).contains("12,346");
	}

	/**
	 * The index keeps each list's order per data version: a figure, a new facility and a renamed one
	 * show on the next request, in their new places, on every page of the list.
	 */
	@Test
	void theFacilitiesIndexShowsWritesMadeAfterItsOrderWasKept() throws Exception {
		assertThat(page("/facilities?sort=figures,desc", "analyst", "ANALYST").select("#facilities td.name > a").eachText())
			.startsWith("SDF-run detention facilities in northeast Syria");
		assertThat(page("/facilities?size=2&page=1", "analyst", "ANALYST").select("#facilities td.name > a").eachText())
			.containsExactly("SDF-run detention facilities in northeast Syria", "al-Hol camp");

		addFigure("panorama-prison", 12_347);
		Document byFigures = page("/facilities?sort=figures,desc", "analyst", "ANALYST");
		assertThat(byFigures.select("#facilities tr:contains(Panorama prison) td.num").text()).isEqualTo("2");

		jdbc.sql("insert into facility (slug, name, kind, country_code) values ('aaa-kept-test', 'Aardvark holding site', 'HOLDING_SITE', 'IQ')")
			.update();
		assertThat(page("/facilities", "analyst", "ANALYST").select("#facilities td.name > a").eachText())
			.startsWith("Aardvark holding site");
		assertThat(page("/facilities?size=2&page=1", "analyst", "ANALYST").select("#facilities td.name > a").eachText())
			.containsExactly("Detention facility near Baghdad International Airport", "SDF-run detention facilities in northeast Syria");

		jdbc.sql("update facility set name = 'Zebra camp' where slug = 'al-hol-camp'").update();
		assertThat(page("/facilities?country=SY", "analyst", "ANALYST").select("#facilities td.name > a").eachText())
			.containsExactly("SDF-run detention facilities in northeast Syria", "Panorama prison", "Zebra camp");
	}

	@Test
	void editorLinksAndTheSignedInNameStayWithTheirReader() throws Exception {
		Document editor = page("/facilities/al-hol-camp", "editor", "EDITOR");
		Document analyst = page("/facilities/al-hol-camp", "analyst", "ANALYST");
		Document editorAgain = page("/facilities/al-hol-camp", "editor", "EDITOR");

		assertThat(editor.select("#add-figure")).hasSize(1);
		assertThat(analyst.select("#add-figure")).isEmpty();
		assertThat(editorAgain.select("#add-figure")).hasSize(1);
		assertThat(analyst.select("#signed-in-as").text()).isEqualTo("analyst");
		assertThat(editorAgain.select("#signed-in-as").text()).isEqualTo("editor");
		// The kept part is the same markup for both readers of one role.
		assertThat(editorAgain.select("main").outerHtml()).isEqualTo(editor.select("main").outerHtml());

		assertThat(page("/facilities", "editor", "EDITOR").select("#add-facility")).hasSize(1);
		assertThat(page("/facilities", "analyst", "ANALYST").select("#add-facility")).isEmpty();
		assertThat(page("/facilities", "editor", "EDITOR").select("#add-facility")).hasSize(1);
	}

	@Test
	void aKnownOnDateIsAPageOfItsOwn() throws Exception {
		Document today = page("/facilities/panorama-prison", "analyst", "ANALYST");
		Document before = page("/facilities/panorama-prison?knownOn=2025-06-01", "analyst", "ANALYST");

		assertThat(before.select("main").outerHtml()).isNotEqualTo(today.select("main").outerHtml());
		assertThat(page("/facilities/panorama-prison?knownOn=2025-06-01", "analyst", "ANALYST").select("main").outerHtml())
			.isEqualTo(before.select("main").outerHtml());
	}

	private Document page(String url, String name, String role) throws Exception {
		Pages.Page page = Pages.of(mvc.perform(get(url).with(user(name).roles(role))).andReturn().getResponse());
		assertThat(page.status()).as(url).isEqualTo(200);
		return page.document();
	}

	private void addFigure(String facility, int value) {
		jdbc.sql("""
				insert into reported_count (facility_id, cohort_id, custody_holder_id, value, qualifier, lower_bound,
				                            upper_bound, as_of, as_of_precision, source_id, speaker, recorded_by)
				select f.id, c.id, h.id, :value, 'EXACT', :value, :value, date '2026-02-20', 'DAY', s.id, 'A speaker', 'test'
				from facility f, cohort c, custody_holder h, source s
				where f.slug = :facility and c.slug = 'isis-detainees' and h.slug = 'sdf' and s.outlet = 'Politico'""")
			.param("facility", facility)
			.param("value", value)
			.update();
	}

}
