package org.detaineetracker.custody;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class CustodyPeriodPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private long periodOf(String facility, String holder) {
		return jdbc.sql("""
				select p.id from custody_period p join facility f on f.id = p.facility_id
				join custody_holder h on h.id = p.holder_id where f.slug = ? and h.slug = ?""")
			.params(facility, holder)
			.query(Long.class)
			.single();
	}

	@Test
	void theSyrianGovernmentsHoldOfAlHolHasItsPageWithItsHistory() throws Exception {
		long id = periodOf("al-hol-camp", "syrian-government");
		Page page = Pages.fetch(mvc, "/custody-periods/" + id);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.text("h1")).isEqualTo("al-Hol camp, held by Government of Syria");
		assertThat(page.text("#started")).isEqualTo("February 2026");
		assertThat(page.text("#ended")).isEqualTo("still held");
		assertThat(page.document().select("#holder a").attr("href")).isEqualTo("/holders/syrian-government");
		assertThat(page.document().select("#facility a").attr("href")).isEqualTo("/facilities/al-hol-camp");
		// the seeded record's first revision, at the time the seed was recorded
		assertThat(page.text("#history")).contains("seed", "created", "21 November 2026");
		// analysts read it but are offered no edit
		assertThat(page.document().select("a[href=/custody-periods/" + id + "/edit]")).isEmpty();
	}

	@Test
	void theFacilityPageLinksEachCustodyPeriodToItsPage() throws Exception {
		long id = periodOf("al-hol-camp", "syrian-government");
		Page facility = Pages.fetch(mvc, "/facilities/al-hol-camp");
		assertThat(facility.document().select("#custody-period-" + id + " a[href=/custody-periods/" + id + "]").text())
			.isEqualTo("February 2026");
	}

	@Test
	void anUnknownOrMalformedPeriodIsA4xxNotA405() throws Exception {
		assertThat(Pages.fetch(mvc, "/custody-periods/999999").status()).isEqualTo(404);
		assertThat(Pages.fetch(mvc, "/custody-periods/abc").status()).isEqualTo(400);
	}

}
