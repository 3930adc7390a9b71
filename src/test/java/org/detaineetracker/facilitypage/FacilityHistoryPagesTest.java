package org.detaineetracker.facilitypage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import org.detaineetracker.test.NewRows;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/**
 * A facility's history comes in pages: one revision (an import, here 205 figures written in one
 * transaction) can hold more entries than one page should show.
 */
@TrackerTest
class FacilityHistoryPagesTest {

	static final int FIGURES = FacilityController.HISTORY_PAGE + 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	NewRows rows;

	@BeforeEach
	void aFacilityWithManyFiguresInOneRevision() {
		rows = NewRows.mark(jdbc);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.sql("insert into facility (slug, name, kind, country_code) values ('paged-history', 'Paged history', "
					+ "'PRISON', 'SY')").update();
			jdbc.sql("""
					insert into reported_count (facility_id, cohort_id, value, qualifier, lower_bound, upper_bound,
					                            as_of, as_of_precision, source_id, speaker, recorded_by)
					select f.id, c.id, n, 'EXACT', n, n, date '2025-01-01' + n, 'DAY', s.id, 'Speaker ' || n, 'test'
					from facility f, cohort c, (select min(id) as id from source) s, generate_series(1, ?) n
					where f.slug = 'paged-history' and c.slug = 'isis-detainees'""").param(FIGURES).update();
		});
	}

	@AfterEach
	void removeIt() {
		rows.remove();
	}

	@Test
	void theNewestEntriesComeFirstAndTheRestOnTheNextPage() throws Exception {
		Page first = page("/facilities/paged-history/history");
		assertThat(first.document().select("#history ol.history > li")).hasSize(FacilityController.HISTORY_PAGE);
		assertThat(first.text("nav.pagination span")).isEqualTo("Page 1 of 2");
		assertThat(first.document().select("nav.pagination a[rel=prev]")).isEmpty();
		String next = first.document().select("nav.pagination a[rel=next]").attr("href");
		assertThat(next).isEqualTo("/facilities/paged-history/history?page=1");

		Page second = page(next);
		// the five left over: the facility's own creation is among them, in the same revision
		assertThat(second.document().select("#history ol.history > li")).hasSize(FIGURES + 1 - FacilityController.HISTORY_PAGE);
		assertThat(second.text("#history")).contains("created the facility");
		assertThat(second.document().select("nav.pagination a[rel=prev]").attr("href"))
			.isEqualTo("/facilities/paged-history/history?page=0");
		assertThat(second.document().select("nav.pagination a[rel=next]")).isEmpty();
	}

	@Test
	void aPageBeyondTheLastIsEmptyAndLeadsBack() throws Exception {
		Page beyond = page("/facilities/paged-history/history?page=9");
		assertThat(beyond.document().select("#history ol.history > li")).isEmpty();
		assertThat(beyond.document().select("nav.pagination a[rel=prev]")).hasSize(1);
	}

	private Page page(String path) throws Exception {
		return Pages.of(mvc.perform(get(path).with(user("analyst").roles("ANALYST"))).andReturn().getResponse());
	}

}
