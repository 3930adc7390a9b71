package org.detaineetracker.holder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class HolderPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theSdfPageShowsTheFacilitiesItHeldAndThePeopleReportedInItsCustody() throws Exception {
		Page page = Pages.fetch(mvc, "/holders/sdf");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("Syrian Democratic Forces");
		assertThat(page.document().select("#held tbody tr").eachText())
			.anySatisfy(row -> assertThat(row).contains("al-Hol camp", "unknown", "February 2026"))
			.anySatisfy(row -> assertThat(row).contains("Panorama prison", "still held"));
		assertThat(page.text("#holder-totals")).contains("ISIS detainees", "between 5,400 and 7,000", "in conflict",
				"Other detainees and camp residents", "50,000");
		assertThat(page.text("#holder-movements")).contains("nearly 6,000", "Detention facility near Baghdad International Airport");
	}

	@Test
	void theSyrianGovernmentTookOverAlHol() throws Exception {
		Page page = Pages.fetch(mvc, "/holders/syrian-government");
		assertThat(page.document().select("#held tbody tr").eachText()).singleElement()
			.satisfies(row -> assertThat(row).contains("al-Hol camp", "February 2026", "still held"));
		assertThat(page.text("#in-custody")).contains("No current figure names this holder");
		assertThat(Pages.fetch(mvc, "/facilities/al-hol-camp").document().select("#custody a[href=/holders/syrian-government]"))
			.hasSize(1);
	}

	@Test
	void anUnknownHolderIsA404() throws Exception {
		assertThat(Pages.fetch(mvc, "/holders/nobody").status()).isEqualTo(404);
	}

	@Test
	void theMovementsPageSetsMovesOutOfSyriaBesideWhatIraqiSitesReport() throws Exception {
		Page page = Pages.fetch(mvc, "/movements");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("section.route h2").eachText()).containsExactly(
				"Syria → Iraq: High-value ISIS detainees", "Syria → Iraq: ISIS detainees");
		String isis = page.document().select("section.route").get(1).text();
		assertThat(isis).contains("Latest running total: nearly 6,000", "Reported at sites in Iraq",
				"No figures for this cohort have been reported at the receiving sites");
		// the airlift of 7,000 under way, and the transfer of nearly 6,000: one movement though two outlets
		// reported it
		assertThat(page.document().select("section.route").get(1).select("tbody tr")).hasSize(2);
		assertThat(page.document().select("section.route").get(0).text()).contains("Batches add up to 150");
	}

	@Test
	void theHoldersListLinksEachHolderToItsPageByItsOneName() throws Exception {
		Page list = Pages.fetch(mvc, "/holders");
		assertThat(list.document().select("#holder-iraqi-government a[href=/holders/iraqi-government]").text())
			.isEqualTo("Government of Iraq");
		// the facilities index names holders as every other page does
		assertThat(Pages.fetch(mvc, "/facilities").document().select("#facilities tbody td").eachText())
			.contains("Government of Iraq", "Syrian Democratic Forces")
			.doesNotContain("SDF");
	}

	@Test
	void aHolderWithNoMovementsShowsNoEmptyTable() throws Exception {
		Page page = Pages.fetch(mvc, "/holders/syrian-government");
		assertThat(page.text("#holder-movements")).contains("None");
		assertThat(page.document().select("#holder-movements table")).isEmpty();
	}

	@Test
	void estimatesSayOpenEndsAsSourcesDo() throws Exception {
		Page page = Pages.fetch(mvc, "/holders/sdf");
		assertThat(page.text("main")).contains("over 4,500").doesNotContain("4,501 or more", "or more");
	}

}
