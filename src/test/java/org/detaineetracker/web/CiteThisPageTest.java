package org.detaineetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/** Every analyst page says how to cite it: its address with the date fixed, and a citation line. */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class CiteThisPageTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aPageAsKnownOnADateIsCitedWithThatDateAndItsOtherParameters() throws Exception {
		Page page = Pages.fetch(mvc, "/facilities?country=SY&knownOn=2025-12-31");

		assertThat(page.document().select("#permalink").attr("href"))
			.isEqualTo("http://localhost/facilities?country=SY&knownOn=2025-12-31");
		assertThat(page.text("#citation")).isEqualTo(
				"/facilities. Detainee Tracker, as known on 31 December 2025. http://localhost/facilities?country=SY&knownOn=2025-12-31");
	}

	@Test
	void aPageShowingTodayIsCitedAsKnownToday() throws Exception {
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		Page page = Pages.fetch(mvc, "/facilities/panorama-prison");

		assertThat(page.document().select("#permalink").attr("href"))
			.isEqualTo("http://localhost/facilities/panorama-prison?knownOn=" + today);
		assertThat(page.document().select("script[src=/js/cite.js]")).hasSize(1);
	}

	@Test
	@WithMockUser(username = "editor", roles = "EDITOR")
	void formsHaveNothingToCite() throws Exception {
		assertThat(Pages.fetch(mvc, "/counts/new").document().select("#cite")).isEmpty();
	}

}
