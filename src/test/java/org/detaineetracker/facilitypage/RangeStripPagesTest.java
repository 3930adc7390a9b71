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
		Elements rows = strip.select(".range-strip-rows > li");
		assertThat(rows.size()).isGreaterThanOrEqualTo(2);
		// Lowest first, so the rows step up the axis, as the derivation's conflict strips do.
		assertThat(rows.eachAttr("data-lower")).extracting(Long::parseLong).isSorted();
		Element over = rows.stream().filter(r -> r.text().contains("over 8,000")).findFirst().orElseThrow();
		// No invented cap: the open report carries no upper bound and is drawn fading, with an arrow.
		assertThat(over.hasClass("open")).isTrue();
		assertThat(over.attr("data-lower")).isEqualTo("8001");
		assertThat(over.hasAttr("data-upper")).isFalse();
		assertThat(over.select("svg path")).as("the arrow").hasSize(1);
		assertThat(over.selectFirst("svg rect").attr("fill")).startsWith("url(#strip-fade-");
		assertThat(over.selectFirst("svg rect").attr("x")).isNotEmpty();
		Element closed = rows.stream().filter(r -> !r.hasClass("open")).findFirst().orElseThrow();
		assertThat(closed.attr("data-upper")).isNotEmpty();
		assertThat(closed.select("svg path")).isEmpty();
		// The bars are drawings of the range the row's link says: screen readers read the link.
		assertThat(rows.select("svg").eachAttr("aria-hidden")).hasSize(rows.size()).containsOnly("true");
		// Each row names where it came from and when.
		assertThat(rows.eachText()).allSatisfy(text -> assertThat(text).containsPattern("\\d{4}"));
		// The reports cannot all be right: the stretch between them is drawn once and shaded on every row.
		Element gap = strip.selectFirst("rect.range-strip-gap");
		assertThat(strip.select("rect.range-strip-gap")).hasSize(1);
		assertThat(gap.attr("width")).matches("\\d+(\\.\\d)?");
		assertThat(rows.select("svg use").eachAttr("href")).hasSize(rows.size()).containsOnly("#" + gap.id());
		// Each report's bar too: its width is a difference of two positions, rounded like them.
		assertThat(rows.select("svg > rect").eachAttr("width"))
			.allSatisfy(width -> assertThat(width).matches("\\d+(\\.\\d)?"));
		assertThat(strip.text()).contains("no number there fits every report");
	}

	@Test
	void aPlaceWithoutConflictHasNoStrip() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities/baghdad-airport-detention-facility?knownOn=2026-03-01");
		assertThat(page.document().select("figure.range-strip")).isEmpty();
	}

}
