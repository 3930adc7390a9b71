package org.detaineetracker.cohort;

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
class CohortPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aSubCohortShowsWhoItCountsItsBroaderCohortAndItsHistory() throws Exception {
		Page page = Pages.fetch(mvc, "/cohorts/high-value-isis-detainees");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("High-value ISIS detainees");
		assertThat(page.document().select("#parent a").attr("href")).isEqualTo("/cohorts/isis-detainees");
		assertThat(page.text("#description")).isNotBlank();
		assertThat(page.text("#history")).contains("seed", "created", "21 November 2026");
	}

	@Test
	void theListLinksEveryCohortToItsPage() throws Exception {
		Page list = Pages.fetch(mvc, "/cohorts");
		assertThat(list.document().select("#cohort-isis-detainees a[href=/cohorts/isis-detainees]").text())
			.isEqualTo("ISIS detainees");
		assertThat(Pages.fetch(mvc, "/cohorts/isis-detainees").text("#parent")).contains("not part of a broader cohort");
	}

	@Test
	void anUnknownCohortIsA404() throws Exception {
		assertThat(Pages.fetch(mvc, "/cohorts/nobody").status()).isEqualTo(404);
	}

}
