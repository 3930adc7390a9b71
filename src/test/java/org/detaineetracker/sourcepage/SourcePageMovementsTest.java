package org.detaineetracker.sourcepage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/**
 * A source's page lists every movement it reported, each with the number and speaker of its own
 * report: also the movements another outlet reported first, which its figures on the movement's
 * page stand beside.
 */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
class SourcePageMovementsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	record Report(long source, long movement, int value) {
	}

	@Test
	void aSourceListsTheMovementsItReportedAfterAnotherOutlet() throws Exception {
		List<Report> later = jdbc.sql("""
				select r.source_id as source, r.movement_id as movement, r.value from movement_report r
				join movement m on m.id = r.movement_id
				where r.source_id <> m.source_id
				order by r.id""").query(Report.class).list();
		assertThat(later).as("the seed has reports of a movement by a second outlet").isNotEmpty();
		for (Report report : later) {
			Page page = Pages.fetch(mvc, "/sources/" + report.source());
			Element row = page.document()
				.selectFirst("#movements tbody tr:has(a[href=/movements/" + report.movement() + "])");
			assertThat(row).as("source %d lists movement %d", report.source(), report.movement()).isNotNull();
			assertThat(row.select("td.num").text().replace(",", "")).as("with its own report's number")
				.contains(String.valueOf(report.value()));
		}
	}

}
