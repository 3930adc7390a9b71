package org.detaineetracker.facilitypage;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/** A facility's population as its page shows it on the seed data, and the data behind its chart. */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class FacilityPopulationPagesTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void baghdadShowsItsEstimateFromTheTransferCountedOnce() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/baghdad-airport-detention-facility?knownOn=2026-03-01");
		assertThat(page.text("#population h2")).isEqualTo("How many were held here on 1 March 2026");
		assertThat(page.document().select("#population-none")).isEmpty();
		Element isis = page.document().selectFirst("#population [data-cohort=isis-detainees]");
		assertThat(isis.select(".headline .range").text()).isEqualTo("between 5,400 and 5,999");
		assertThat(isis.select(".newest").text()).as("as the source dated it, no day added")
			.isEqualTo("newest evidence February 2026");
		assertThat(isis.select("li.step-movement").eachText()).singleElement()
			.satisfies(step -> assertThat(step).contains("nearly 6,000 moved in during February 2026 (transfer)",
					"= between 5,400 and 5,999"));
		assertThat(isis.select("li.step-movement a").attr("href")).startsWith("/movements");
		assertThat(page.document().select("#timeline")).as("a chart from the movement alone").hasSize(1);
		assertThat(page.text("main")).doesNotContain("This facility has no figures of its own");
		assertThat(page.text("#estimates-from-movements")).contains("comes from the movements in and out");
	}

	@Test
	void panoramaShowsWhatIsLeftWithItsDerivationAndTheAirliftNotSubtracted() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/panorama-prison?knownOn=2026-03-01");
		Element isis = page.document().selectFirst("#population [data-cohort=isis-detainees]");
		assertThat(isis.select(".headline .range").text()).isEqualTo("at most 1,450");
		assertThat(isis.select("li.step-report").eachText())
			.anySatisfy(step -> assertThat(step).contains("over 4,500, Unattributed report"));
		assertThat(isis.select("li.step-report a").first().attr("href")).matches("/counts/\\d+\\?knownOn=2026-03-01");
		assertThat(isis.select(".arithmetic").eachText()).anySatisfy(line -> assertThat(line)
			.startsWith("over 4,500 on 21 January 2026 − 150 moved out on 21 January 2026"));
		assertThat(isis.select(".pending-movements li").eachText()).singleElement()
			.satisfies(airlift -> assertThat(airlift).contains("7,000 from SDF-run detention facilities in northeast Syria",
					"Iraqi facilities receiving detainees transferred from Syria", "under way"));
		// Before the transfer: over 4,500 less the 150 high-value detainees, and at most the group's 7,000 less them.
		Page january = Pages.fetch(mvc, "/facilities/panorama-prison?knownOn=2026-01-25");
		assertThat(january.text("#population [data-cohort=isis-detainees] .headline .range"))
			.isEqualTo("between 4,351 and 6,850");
	}

	@Test
	void alHolHasNoEstimateOfItsOwnAndNoChart() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/al-hol-camp");
		assertThat(page.text("#population-none")).contains("Nothing recorded says how many people are held here");
		assertThat(page.document().select("#timeline")).isEmpty();
	}

	@Test
	void theChartIsOnATimeAxisWithOpenBoundsMarkedOpen() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/panorama-prison?knownOn=2026-03-01");
		JsonNode charts = json.readTree(page.document().select("script#timeline-data").first().data());
		JsonNode isis = charts.get(0);
		assertThat(charts).hasSize(1);
		assertThat(isis.get("cohort").asString()).isEqualTo("ISIS detainees");
		JsonNode report = isis.get("points").get(0);
		assertThat(report.get("x").asString()).as("an ISO date for the time axis").isEqualTo("2026-01-21");
		assertThat(report.get("lower").asLong()).isEqualTo(4501);
		assertThat(report.has("upper")).as("no upper limit is sent as none").isFalse();
		assertThat(report.get("open").asBoolean()).isTrue();
		assertThat(isis.get("band")).extracting(point -> point.get("x").asString())
			.containsExactly("2026-01-21", "2026-02-01");
		assertThat(isis.get("band").get(1).get("upper").asLong()).isEqualTo(1450);
		assertThat(isis.get("movements")).extracting(m -> m.get("x").asString() + " " + m.get("status").asString())
			.contains("2026-01-21 COMPLETED", "2026-01-01 UNDER_WAY");
		assertThat(isis.get("cap").asLong()).isGreaterThan(4501);
		assertThat(isis.get("until").asString()).as("the band reaches the day shown").isEqualTo("2026-03-01");
	}

	/** A figure whose words are its bounds ("between 100 and 200") is not said twice in a tooltip or hover. */
	@Test
	@Transactional
	void aFigureThatReadsAsItsBoundsIsNotSaidTwice() throws Exception {
		jdbc.sql("""
				insert into reported_count (facility_id, cohort_id, custody_holder_id, value, value_high, qualifier,
				                            lower_bound, upper_bound, as_of, as_of_precision, source_id, speaker, recorded_by)
				select f.id, c.id, h.id, 100, 200, 'RANGE', 100, 200, date '2026-02-20', 'DAY', s.id, 'A speaker', 'test'
				from facility f, cohort c, custody_holder h, source s
				where f.slug = 'panorama-prison' and c.slug = 'isis-detainees' and h.slug = 'sdf' and s.outlet = 'Politico'""")
			.update();
		Page page = Pages.fetch(mvc, "/facilities/panorama-prison?knownOn=2026-03-01");
		JsonNode points = json.readTree(page.document().select("script#timeline-data").first().data()).get(0).get("points");
		assertThat(points).filteredOn(p -> p.get("figure").asString().equals("between 100 and 200"))
			.singleElement()
			.satisfies(p -> assertThat(p.has("bounds")).isFalse());
		assertThat(Pages.fetch(mvc, "/js/timeline.js").body()).contains("it.bounds ? it.figure + ' (' + it.bounds + ')' : it.figure");
		// Nor in the table's hover, where a figure whose words say less keeps it.
		assertThat(page.document().select("#counts .figure")).filteredOn(f -> f.text().equals("between 100 and 200"))
			.singleElement()
			.satisfies(f -> assertThat(f.hasAttr("title")).isFalse());
		assertThat(page.document().select("#counts .figure")).filteredOn(f -> f.text().equals("over 4,500"))
			.singleElement()
			.satisfies(f -> assertThat(f.attr("title")).isEqualTo("over 4,500: 4,501 and up"));
	}

	@Test
	void theGroupsChartClosesBoundedReportsAndLeavesOverEightThousandOpen() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/sdf-detention-facilities-northeast-syria?knownOn=2026-03-01");
		JsonNode isis = null;
		for (JsonNode chart : json.readTree(page.document().select("script#timeline-data").first().data())) {
			if (chart.get("cohort").asString().equals("ISIS detainees")) {
				isis = chart;
			}
		}
		assertThat(isis.get("points")).extracting(p -> p.get("figure").asString() + " " + p.get("x").asString() + " "
				+ (p.has("open") && p.get("open").asBoolean()))
			.contains("over 8,000 2024-12-16 true", "9,000 2024-12-16 false", "7,000 2026-01-21 false");
		// What a figure allows is said beside its words ("over 8,000": 8,001 and up) for the tooltip.
		assertThat(isis.get("points")).extracting(p -> p.get("figure").asString() + ": " + p.get("bounds").asString())
			.contains("over 8,000: over 8,000: 8,001 and up", "9,000: exactly 9,000",
					"nearly 6,000: between 5,400 and 5,999");
		// December 2024 is a month on the axis: the bar stands mid-month, the box spans the month;
		// a report of a known day has no box
		assertThat(isis.get("points")).filteredOn(p -> p.get("figure").asString().equals("9,000"))
			.singleElement().satisfies(p -> {
				assertThat(p.get("from").asString()).isEqualTo("2024-12-01");
				assertThat(p.get("to").asString()).isEqualTo("2024-12-31");
			});
		assertThat(isis.get("points")).filteredOn(p -> p.get("figure").asString().equals("7,000"))
			.singleElement().satisfies(p -> {
				assertThat(p.has("from")).isFalse();
				assertThat(p.has("to")).isFalse();
			});
		assertThat(isis.get("band").get(0).get("lower").asLong()).isEqualTo(9000);
	}

	@Test
	void theDateAdapterIsServedByTheApplication() throws Exception {
		assertThat(Pages.fetch(mvc, "/webjars/luxon/build/global/luxon.min.js").status()).isEqualTo(200);
		Page adapter = Pages.fetch(mvc, "/webjars/chartjs-adapter-luxon/dist/chartjs-adapter-luxon.umd.min.js");
		assertThat(adapter.status()).isEqualTo(200);
		assertThat(adapter.body()).contains("luxon");
		assertThat(Pages.fetch(mvc, "/js/timeline.js").body()).contains("type: 'time'");
	}

}
