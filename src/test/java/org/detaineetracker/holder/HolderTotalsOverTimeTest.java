package org.detaineetracker.holder;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/**
 * A holder's totals over time on the seed data, known on 2026-03-01 (bounds derived in
 * population.SeedStoryTest): the SDF held the December 2024 9,000 ISIS detainees; from February
 * 2026, after the transfer of nearly 6,000 to Iraq and al-Hol passing to the Government of Syria, it
 * certainly holds what is at Panorama (at most 1,450) and the group's remainder (at most 1,450) is
 * not attributed between it and the Government of Syria, whose page shows the same share.
 */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class HolderTotalsOverTimeTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theSdfHeldNineThousandInDecember2024AndFromFebruary2026SharesTheRestWithDamascus() throws Exception {
		Page page = Pages.fetch(mvc, "/holders/sdf?knownOn=2026-03-01");
		assertThat(page.status()).isEqualTo(200);
		Element isis = page.document().selectFirst("#totals-over-time .cohort-totals[data-cohort=isis-detainees]");
		assertThat(isis.select("tr[data-date=2024-12-01] td").get(1).select(".range").text()).isEqualTo("9,000");
		Element february = isis.selectFirst("tr[data-date=2026-02-01]");
		assertThat(february.select("td").get(1).select(".range").text()).isEqualTo("at most 1,450");
		assertThat(february.select("td").get(2).text()).contains("at most 1,450, held by it or by Government of Syria");
		assertThat(isis.select(".now .range").text()).isEqualTo("at most 1,450");
		assertThat(isis.select(".not-attributed").text()).contains("at most 1,450", "Government of Syria");
		assertThat(february.select("details.derivation").text()).as("each total opens to its derivation")
			.contains("Panorama prison", "nearly 6,000 moved out");
		assertThat(page.text("#custody-changes")).contains("1 February 2026", "al-Hol camp",
				"passed from Syrian Democratic Forces to Government of Syria");
		Element others = page.document()
			.selectFirst("#totals-over-time .cohort-totals[data-cohort=other-detainees-and-residents]");
		assertThat(others.select("tr[data-date=2024-12-01] .range").first().text()).isEqualTo("50,000");
		assertThat(others.select("tr[data-date=2026-02-01] td").get(2).text()).contains("50,000", "Government of Syria");
		assertThat(page.document().select("#timeline-data").html()).contains("\"possible\"", "al-Hol camp");
		// the chart's caption does not say "now 0" alone while its dashed line shows 50,000 that may be here
		assertThat(page.document().select("#timeline-data").html())
			.contains("\"estimate\":\"0; at most 50,000 counting people not attributed\"");
	}

	@Test
	void theGovernmentOfSyriaMayHoldAlHolsPeopleFromFebruary2026() throws Exception {
		Page page = Pages.fetch(mvc, "/holders/syrian-government?knownOn=2026-03-01");
		Element isis = page.document().selectFirst("#totals-over-time .cohort-totals[data-cohort=isis-detainees]");
		assertThat(isis.select("tbody tr").eachAttr("data-date")).containsExactly("2026-02-01");
		assertThat(isis.select("tr[data-date=2026-02-01] td").get(2).text()).contains("at most 1,450",
				"Syrian Democratic Forces");
		assertThat(page.document()
			.select("#totals-over-time .cohort-totals[data-cohort=other-detainees-and-residents] tr[data-date=2026-02-01]")
			.text()).contains("50,000");
	}

	@Test
	void beforeTheTransferTheSdfPageShowsTheDecember2024PictureOnly() throws Exception {
		Page page = Pages.fetch(mvc, "/holders/sdf?knownOn=2025-06-01");
		Element isis = page.document().selectFirst("#totals-over-time .cohort-totals[data-cohort=isis-detainees]");
		assertThat(isis.select("tbody tr").eachAttr("data-date")).containsExactly("2024-12-01");
		assertThat(isis.select(".now .range").text()).isEqualTo("9,000");
		assertThat(page.document().select("#custody-changes")).isEmpty();
	}

	@Test
	void iraqsGovernmentHoldsAboutTheTransfer() throws Exception {
		Page page = Pages.fetch(mvc, "/holders/iraqi-government?knownOn=2026-03-01");
		Element isis = page.document().selectFirst("#totals-over-time .cohort-totals[data-cohort=isis-detainees]");
		assertThat(isis.select(".now .range").text()).isEqualTo("between 5,550 and 6,149");
		assertThat(isis.select(".not-attributed")).isEmpty();
	}

}
