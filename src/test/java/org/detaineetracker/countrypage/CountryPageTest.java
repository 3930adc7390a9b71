package org.detaineetracker.countrypage;

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
 * A country's totals over time on the seed data: Iraq holds about the completed transfer from
 * February 2026 (5,550 to 6,149 with the batch of 150), nobody before; Syria the December 2024
 * 9,000 and, from February 2026, at most 1,450, whoever of the SDF and Damascus holds them.
 */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class CountryPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void iraqHoldsAboutTheCompletedTransferFromFebruary2026() throws Exception {
		Page page = Pages.fetch(mvc, "/countries/IQ?knownOn=2026-03-01");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("Iraq");
		Element isis = page.document().selectFirst("#totals-over-time .cohort-totals[data-cohort=isis-detainees]");
		assertThat(isis.select(".now .range").text()).isEqualTo("between 5,550 and 6,149");
		assertThat(isis.select("tr[data-date=2026-02-01] .range").first().text()).isEqualTo("between 5,550 and 6,149");
		assertThat(isis.select("tr[data-date=2026-02-01] details.derivation").text())
			.contains("Iraqi facilities receiving detainees transferred from Syria", "150 moved in",
					"its sites (between 5,400 and 5,999)");
	}

	@Test
	void syriaHoldsTheRestOnceWhoeverOfItsHoldersHasIt() throws Exception {
		Page page = Pages.fetch(mvc, "/countries/SY?knownOn=2026-03-01");
		Element isis = page.document().selectFirst("#totals-over-time .cohort-totals[data-cohort=isis-detainees]");
		assertThat(isis.select("tr[data-date=2024-12-01] .range").first().text()).isEqualTo("9,000");
		assertThat(isis.select(".now .range").text()).isEqualTo("at most 1,450");
		assertThat(isis.select(".not-attributed")).as("both holders are Syrian: nothing is unattributed between countries")
			.isEmpty();
	}

	@Test
	void onlyTheDecember2024PictureBeforeTheTransfer() throws Exception {
		Page page = Pages.fetch(mvc, "/countries/IQ?knownOn=2025-06-01");
		assertThat(page.document().select("#totals-over-time .cohort-totals")).isEmpty();
		assertThat(page.text("#totals-none")).isNotEmpty();
	}

	@Test
	void countryCodesAreCheckedAndLinked() throws Exception {
		assertThat(Pages.fetch(mvc, "/countries/iq").status()).isEqualTo(200);
		assertThat(Pages.fetch(mvc, "/countries/Iraq").status()).isEqualTo(400);
		assertThat(Pages.fetch(mvc, "/countries/XX").status()).isEqualTo(404);
		assertThat(Pages.fetch(mvc, "/").document().select("#by-country a[href^=/countries/IQ]")).isNotEmpty();
		assertThat(Pages.fetch(mvc, "/facilities/panorama-prison").document().select("#location a[href=/countries/SY]"))
			.hasSize(1);
	}

}
