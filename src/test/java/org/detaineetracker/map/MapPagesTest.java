package org.detaineetracker.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/**
 * The map page: a marker and a table row for every facility with coordinates, filtered like the
 * other pages, with the estimates of the population model; its embed view; a facility page's own
 * small map; and a tile server only where one is configured, by its one origin.
 */
@TrackerTest
@Transactional
class MapPagesTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyFacilityWithCoordinatesHasAMarkerAndARowWithItsEstimate() throws Exception {
		Page page = page("/map");
		List<String> located = jdbc.sql("""
				select slug from facility where latitude is not null and longitude is not null and kind <> 'GROUP'
				order by sort_key, id""").query(String.class).list();
		assertThat(located).isNotEmpty();
		JsonNode data = JSON.readTree(page.document().select("#map-data").html());
		assertThat(data.get("markers").findValuesAsString("slug")).isEqualTo(located);
		assertThat(data.get("tileUrl").isNull()).isTrue();
		assertThat(page.document().select("#map-table tbody tr").eachAttr("data-slug")).isEqualTo(located);
		assertThat(page.document().select("#map-legend li")).hasSizeGreaterThan(1);

		// the estimate on the map is the facility page's
		JsonNode panorama = marker(data, "panorama-prison");
		Page facility = page("/facilities/panorama-prison");
		String range = facility.document().select("#population .population-cohort .range").first().text();
		assertThat(panorama.get("estimates").findValuesAsString("words")).contains(range);
		assertThat(page.document().select("#map-table tr[data-slug=panorama-prison]").text()).contains(range);
		assertThat(panorama.get("uncertainty").asInt()).isPositive();
	}

	@Test
	void theFacilitiesIndexShowsEachSitesEstimateAsItsPageDoes() throws Exception {
		Page index = page("/facilities");
		Page facility = page("/facilities/panorama-prison");
		String range = facility.document().select("#population .population-cohort .range").first().text();
		org.jsoup.nodes.Element row = index.document().select("#facilities tbody tr:has(a[href=/facilities/panorama-prison])")
			.first();
		assertThat(row.select("td.estimate").text()).contains(range);
		assertThat(index.document().select("#facilities tbody tr:has(a[href=/facilities/sdf-detention-facilities-northeast-syria])")
			.select("td.estimate").text()).isEqualTo("see its sites");
	}

	@Test
	void everyMarkerNamesTheHolderTheFacilitiesIndexNames() throws Exception {
		Page map = page("/map");
		Page index = page("/facilities");
		JsonNode data = JSON.readTree(map.document().select("#map-data").html());
		for (JsonNode marker : data.get("markers")) {
			String slug = marker.get("slug").asString();
			String indexed = index.document().select("#facilities tbody tr:has(a[href=/facilities/" + slug + "]) td.holder").text();
			assertThat(marker.get("holderName").isNull() ? "" : marker.get("holderName").asString()).as(slug).isEqualTo(indexed);
			assertThat(map.document().select("#map-table tr[data-slug=" + slug + "]").text()).as(slug)
				.contains(indexed.isEmpty() ? "holder not known" : indexed);
		}
		// al-Hol has custody recorded (the Syrian government's since February 2026) but no population
		// of its own; its marker named no holder while the index named the government
		assertThat(marker(data, "al-hol-camp").get("holder").asString()).isEqualTo("syrian-government");
		// the legend names only colours the map uses
		boolean anyUnheld = false;
		for (JsonNode marker : data.get("markers")) {
			anyUnheld |= marker.get("holder").isNull();
		}
		assertThat(map.document().select("#map-legend").text().contains("holder not known")).isEqualTo(anyUnheld);
		assertThat(page("/map?knownOn=2015-01-01").document().select("#map-legend").text())
			.as("before any custody was recorded").contains("holder not known");
	}

	@Test
	void filtersByCountryHolderAndCohortAndRefusesWhatNamesNothing() throws Exception {
		JsonNode iraq = JSON.readTree(page("/map?country=IQ").document().select("#map-data").html());
		List<String> inIraq = jdbc.sql("""
				select slug from facility where latitude is not null and kind <> 'GROUP' and country_code = 'IQ'
				order by sort_key, id""").query(String.class).list();
		assertThat(iraq.get("markers").findValuesAsString("slug")).isEqualTo(inIraq);

		JsonNode sdf = JSON.readTree(page("/map?holder=sdf").document().select("#map-data").html());
		assertThat(sdf.get("markers")).isNotEmpty();
		assertThat(sdf.get("markers").findValuesAsString("holder")).containsOnly("sdf");

		JsonNode detainees = JSON.readTree(page("/map?cohort=isis-detainees").document().select("#map-data").html());
		assertThat(detainees.get("markers")).isNotEmpty();
		detainees.get("markers").forEach(m -> assertThat(m.get("estimates").findValuesAsString("cohort")).containsOnly("isis-detainees"));

		assertThat(status("/map?country=Syria")).isEqualTo(400);
		assertThat(status("/map?cohort=nobody")).isEqualTo(400);
		assertThat(status("/map?knownOn=2025-06-01")).isEqualTo(200);
	}

	@Test
	void theEmbedViewIsTheMapAloneAndAFacilityPageHasItsOwnSmallMap() throws Exception {
		Page embed = page("/embed/map");
		assertThat(embed.document().select("header, nav, form")).isEmpty();
		assertThat(embed.document().select("#map-data")).hasSize(1);
		MockHttpServletResponse answer = mvc.perform(get("/embed/map").with(user("analyst").roles("ANALYST"))).andReturn()
			.getResponse();
		assertThat(answer.getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'self'");

		Page panorama = page("/facilities/panorama-prison");
		assertThat(panorama.document().select("#map[data-lat][data-lon][data-uncertainty]")).hasSize(1);
		assertThat(panorama.document().select("#open-map").attr("href")).startsWith("/map?country=");
		String withoutCoordinates = jdbc.sql("select slug from facility where latitude is null limit 1").query(String.class)
			.optional().orElse(null);
		if (withoutCoordinates != null) {
			assertThat(page("/facilities/" + withoutCoordinates).document().select("#map")).isEmpty();
		}
	}

	@Test
	void aTileServerIsTakenOnlyAsOneHttpOrigin() {
		assertThat(MapTiles.origin("https://tiles.example.org:8443/{z}/{x}/{y}.png")).isEqualTo("https://tiles.example.org:8443");
		assertThat(new MapTiles(" ", null).tileUrl()).isNull();
		for (String refused : List.of("ftp://tiles.example.org/{z}/{x}/{y}.png", "https://{s}.tile.example.org/{z}/{x}/{y}.png",
				"https://tiles.example.org/static.png", "/relative/{z}/{x}/{y}.png")) {
			assertThatThrownBy(() -> new MapTiles(refused, null)).as(refused).isInstanceOf(IllegalArgumentException.class);
		}
	}

	private static JsonNode marker(JsonNode data, String slug) {
		for (JsonNode marker : data.get("markers")) {
			if (marker.get("slug").asString().equals(slug)) {
				return marker;
			}
		}
		throw new AssertionError("no marker for " + slug);
	}

	private Page page(String url) throws Exception {
		Page page = Pages.of(mvc.perform(get(url).with(user("analyst").roles("ANALYST"))).andReturn().getResponse());
		assertThat(page.status()).as(url).isEqualTo(200);
		return page;
	}

	private int status(String url) throws Exception {
		return mvc.perform(get(url).with(user("analyst").roles("ANALYST"))).andReturn().getResponse().getStatus();
	}

}
