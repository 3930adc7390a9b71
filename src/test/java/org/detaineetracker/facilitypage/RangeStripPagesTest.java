package org.detaineetracker.facilitypage;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/** The seeded conflict over the SDF-held ISIS detainees, drawn as a range strip on the group's page. */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class RangeStripPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void everyConflictingReportIsOneRowWithOpenEndsOpenAndTheGapShaded() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/sdf-detention-facilities-northeast-syria?knownOn=2026-01-25");
		Element isis = page.document().selectFirst("#population [data-cohort=isis-detainees]");
		Element strip = isis.selectFirst("figure.range-strip");
		assertThat(strip).as("a strip for the conflict").isNotNull();
		Elements rows = strip.select(".range-strip-row");
		assertThat(rows.size()).isGreaterThanOrEqualTo(2);
		// Lowest first, so the rows step up the axis, as the derivation's conflict strips do.
		assertThat(rows.eachAttr("data-lower")).extracting(Long::parseLong).isSorted();
		Element over = rows.stream().filter(r -> r.text().contains("over 8,000")).findFirst().orElseThrow();
		// No invented cap: the open report carries no upper bound and is drawn fading, with an arrow.
		assertThat(over.attr("data-open")).isEqualTo("true");
		assertThat(over.attr("data-lower")).isEqualTo("8001");
		assertThat(over.hasAttr("data-upper")).isFalse();
		assertThat(over.select("path.range-strip-arrow")).hasSize(1);
		assertThat(over.selectFirst("rect.range-strip-interval").attr("fill")).startsWith("url(#strip-fade-");
		assertThat(over.selectFirst("rect.range-strip-interval").attr("x")).isNotEmpty();
		Element closed = rows.stream().filter(r -> r.attr("data-open").equals("false")).findFirst().orElseThrow();
		assertThat(closed.attr("data-upper")).isNotEmpty();
		assertThat(closed.select("path.range-strip-arrow")).isEmpty();
		// Each row names where it came from and when.
		assertThat(rows.eachText()).allSatisfy(text -> assertThat(text).containsPattern("\\d{4}"));
		// The reports cannot all be right: the stretch between them is shaded on every row.
		assertThat(strip.select("rect.range-strip-gap")).hasSize(rows.size());
		assertThat(strip.select("rect.range-strip-gap").eachAttr("width"))
			.allSatisfy(width -> assertThat(width).matches("\\d+(\\.\\d)?"));
		// Each report's bar too: its width is a difference of two positions, rounded like them.
		assertThat(strip.select("rect.range-strip-interval").eachAttr("width"))
			.allSatisfy(width -> assertThat(width).matches("\\d+(\\.\\d)?"));
		assertThat(strip.text()).contains("no number there fits every report");
	}

	@Test
	void aPlaceWithoutConflictHasNoStrip() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/baghdad-airport-detention-facility?knownOn=2026-03-01");
		assertThat(page.document().select("figure.range-strip")).isEmpty();
	}

}
