package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.StatementCounter;
import org.detaineetracker.test.TrackerTest;

/**
 * Each page issues a small fixed number of SQL statements, whatever the amount of data behind it.
 * Transactional, so the facilities made here are rolled back afterwards.
 */
@TrackerTest
@WithMockUser(username = "analyst", roles = "ANALYST")
@Transactional
class StatementCountTest {

	/**
	 * The facility with aliases, sites and custody; the figures of the facility and its group; its
	 * movements; and its population (its and its group's figures with the data version that says the
	 * whole picture in memory is current); before them, the data version its rendered parts are kept
	 * under. Five the first time after a write; one (that data version) until the next write.
	 */
	static final int FACILITY_PAGE_STATEMENTS = 5;

	@Autowired
	MockMvc mvc;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFacilityPageNeedsFourStatementsForOneFigureOrTwoHundredAndAnyNumberOfMovements() throws Exception {
		facilityWithFigures("one-figure", 1);
		facilityWithFigures("two-hundred-figures", 200);
		movementsOutOf("two-hundred-figures", 50);
		// The whole picture is read again after a write, once; make it current first.
		Pages.fetch(mvc, "/");

		int forOne = statementsFor("/facilities/one-figure", "1 ×");
		int forTwoHundred = statementsFor("/facilities/two-hundred-figures", "200 ×");

		assertThat(forOne).isEqualTo(FACILITY_PAGE_STATEMENTS);
		assertThat(forTwoHundred).isEqualTo(forOne);
		assertThat(statementsFor("/facilities/one-figure", "1 ×")).isEqualTo(1);
		assertThat(statementsFor("/facilities/two-hundred-figures", "200 ×")).isEqualTo(1);
	}

	/**
	 * A single facility needs five statements the first time after a write (see above); a group of
	 * sites one more, for its sites' latest estimates from the snapshot (current here). The API's facility views read no population: three,
	 * and four for a group.
	 *
	 * The index needs, after a write, the data version its order, choices and sites' estimates are
	 * kept under, the whole order with the page's rows (in any order, nested) and the filter
	 * choices: three statements, on every page and in every order; the API's list one.
	 */
	@ParameterizedTest(name = "{0} → {1} statements")
	@CsvSource(delimiter = '|', textBlock = """
			/facilities/sdf-detention-facilities-northeast-syria?knownOn=2025-12-31 | 6
			/facilities?knownOn=2025-12-31                     | 3
			/search?q=al-hawl                                  | 4
			/help/figures                                      | 0
			/holders/sdf                                       | 4
			/holders/sdf?knownOn=2025-12-31                    | 4
			/movements                                         | 3
			/countries/SY                                      | 1
			/countries/IQ?knownOn=2025-12-31                   | 1
			/api/populations                                   | 1
			/api/populations?holder=sdf&cohort=isis-detainees  | 1
			/api/populations?country=IQ&from=2026-01-01        | 1
			/api/populations?facility=panorama-prison&knownOn=2025-12-31 | 1
			/movements/1                                       | 3
			/api/facilities                                    | 1
			/api/counts                                        | 2
			/api/counts?facility=panorama-prison&knownOn=2026-01-22 | 2
			/api/counts?facility=panorama-prison&knownOn=2000-01-01 | 1
			/api/movements                                     | 2
			/api/movements?country=IQ&knownOn=2026-01-22       | 2
			/api/holders?updatedSince=2020-01-01T00:00:00Z     | 2
			/api/cohorts                                       | 2
			/api/sources?facility=panorama-prison              | 2
			/account/tokens                                    | 2
			/api/facilities?size=2                             | 1
			/api/facilities?size=2&sort=figures,desc           | 1
			/api/facilities/al-hol-camp                        | 3
			/api/facilities/sdf-detention-facilities-northeast-syria/counts?knownOn=2025-12-31 | 4
			/api/facilities/panorama-prison/counts             | 3
			/facilities?size=2                                 | 3
			/facilities?size=2&page=1                          | 3
			/facilities?size=2&page=2                          | 3
			/facilities?size=2&sort=latest&country=SY          | 3
			/facilities?sort=holder,desc                       | 3
			/facilities                                        | 3
			/facilities?q=hawl&country=SY&kind=CAMP            | 3
			/facilities/sdf-detention-facilities-northeast-syria | 6
			/facilities/al-hol-camp                            | 5
			/sources                                           | 2
			/holders                                           | 1
			/cohorts                                           | 1
			/cohorts/high-value-isis-detainees                 | 2
			/custody-periods/1                                 | 2
			/sources?knownOn=2025-12-31                        | 2
			/map                                               | 3
			/feeds/figures.atom                                | 2
			/feeds/facilities/sdf-detention-facilities-northeast-syria.atom | 3
			/map?knownOn=2025-12-31&country=SY                 | 3
			""")
	void everyAnalystPageHasAFixedStatementBudget(String url, int expected) throws Exception {
		// A write first, so that the pages kept per data version are rendered afresh and counted whole.
		// Pages that add up estimates read them from the snapshot or the population's whole picture
		// (the dashboard reads the picture, holder pages the snapshot); make both current.
		jdbc.sql("update data_version set version = nextval('data_version_seq')").update();
		Pages.fetch(mvc, "/");
		Pages.fetch(mvc, "/?knownOn=2025-12-31");
		Pages.fetch(mvc, "/holders/sdf");
		Pages.fetch(mvc, "/holders/sdf?knownOn=2025-12-31");
		assertThat(statementsFor(url, "")).isEqualTo(expected);
	}

	/**
	 * The dashboard reads the data version (with the facility counts) and, only when the data has
	 * changed since the population was last read, what the model needs: facilities, cohorts, holders,
	 * custody periods, the reports that decide each facility's latest two windows, the movements, and
	 * the latest figures and movements; before them, the data version its rendered parts are kept
	 * under. Nine statements after a write, one while nothing changed, whatever the data size.
	 */
	/**
	 * The index orders the whole list once per data version (with the page's rows, in the same
	 * statement) and keeps the order, the filter choices and its rendered main: three statements
	 * after a write, one (the data version) for a page read again, two — the version and the rows by
	 * id — for another page of a list already ordered.
	 */
	@Test
	void theIndexNeedsThreeStatementsAfterAWriteAndFewerOtherwise() throws Exception {
		Pages.fetch(mvc, "/");
		jdbc.sql("update data_version set version = nextval('data_version_seq')").update();
		Pages.fetch(mvc, "/");
		assertThat(statementsFor("/facilities?size=2&sort=figures,desc", "")).isEqualTo(3);
		assertThat(statementsFor("/facilities?size=2&sort=figures,desc", "")).isEqualTo(1);
		assertThat(statementsFor("/facilities?size=2&sort=figures,desc&page=1", "")).isEqualTo(2);
		assertThat(statementsFor("/facilities?size=2&sort=figures,desc&page=7", "")).as("past the end: no rows to read")
			.isEqualTo(1);
		assertThat(statementsFor("/api/facilities?size=2&sort=figures,desc&page=1", "")).as("the API orders in its one statement")
			.isEqualTo(1);
	}

	/**
	 * A facility's figures in the API: the data version its answer is kept under, the facility and its
	 * figures after a write (a group one more, its sites' estimates); one statement, that version,
	 * while nothing changed, on each date asked for.
	 */
	@Test
	void theCountsApiNeedsThreeStatementsAfterAWriteAndOneOtherwise() throws Exception {
		facilityWithFigures("two-hundred-api-figures", 200);
		assertThat(statementsFor("/api/facilities/two-hundred-api-figures/counts", "")).isEqualTo(3);
		assertThat(statementsFor("/api/facilities/two-hundred-api-figures/counts", "")).isEqualTo(1);
		assertThat(Pages.fetch(mvc, "/api/facilities/two-hundred-api-figures/counts").body().split("\"speaker\":\"Speaker "))
			.hasSize(201);
		assertThat(statementsFor("/api/facilities/two-hundred-api-figures/counts?knownOn=2025-12-31", "")).isEqualTo(3);
		assertThat(statementsFor("/api/facilities/two-hundred-api-figures/counts?knownOn=2025-12-31", "")).isEqualTo(1);
	}

	/**
	 * A search: the plan setting read with the data version its page is kept under, then facilities,
	 * sources and figures; the same words searched again before a write, that one statement.
	 */
	@Test
	void aSearchNeedsFourStatementsAfterAWriteAndOneWhenSearchedAgain() throws Exception {
		jdbc.sql("update data_version set version = nextval('data_version_seq')").update();
		assertThat(statementsFor("/search?q=hawl", "")).isEqualTo(4);
		assertThat(statementsFor("/search?q=hawl", "")).isEqualTo(1);
		assertThat(statementsFor("/search?q=politico", "")).isEqualTo(4);
		assertThat(statementsFor("/search", "")).as("nothing searched, nothing read").isZero();
	}

	@Test
	void theDashboardNeedsNineStatementsAfterAWriteAndOneOtherwise() throws Exception {
		jdbc.sql("update data_version set version = nextval('data_version_seq')").update();
		assertThat(statementsFor("/", "")).isEqualTo(9);
		assertThat(statementsFor("/", "")).isEqualTo(1);
		assertThat(statementsFor("/?knownOn=2025-12-31", "")).isEqualTo(9);
		assertThat(statementsFor("/?knownOn=2025-12-31", "")).isEqualTo(1);
		facilityWithFigures("bumps-the-version", 3);
		assertThat(statementsFor("/", "")).isEqualTo(9);
	}

	/**
	 * A holder's page: the holder with its custody, the estimate snapshot's data version, its
	 * movements, and the whole history of reports of the places it held with the population's data
	 * version. A country's page and the populations API: that last statement only. The same with one
	 * figure as with two hundred and fifty movements more.
	 */
	@Test
	void holderCountryAndPopulationsNeedTheSameStatementsWhateverTheData() throws Exception {
		String[] urls = { "/holders/sdf", "/countries/SY", "/api/populations?country=SY", "/movements" };
		int[] before = new int[urls.length];
		for (int i = 0; i < urls.length; i++) {
			Pages.fetch(mvc, urls[i]);
			before[i] = statementsFor(urls[i], "");
		}
		facilityWithFigures("two-hundred-more", 200);
		movementsOutOf("two-hundred-more", 50);
		jdbc.sql("""
				insert into custody_period (facility_id, holder_id, source_id)
				select f.id, h.id, s.id from facility f, custody_holder h, source s
				where f.slug = 'two-hundred-more' and h.slug = 'sdf' and s.outlet = 'Politico'""").update();
		for (int i = 0; i < urls.length; i++) {
			// The first request after a write reads the whole picture again; count the next.
			Pages.fetch(mvc, urls[i]);
			assertThat(statementsFor(urls[i], "")).as(urls[i]).isEqualTo(before[i]);
		}
		assertThat(before).containsExactly(4, 1, 1, 3);
		assertThat(Pages.fetch(mvc, "/holders/sdf").document().select("#totals-over-time .cohort-totals")).isNotEmpty();
	}

	/** The source page's three, and the root of its cites chain. */
	@Test
	void theApiSourceNeedsFourStatements() throws Exception {
		long source = jdbc.sql("select id from source where outlet = 'Politico'").query(Long.class).single();
		assertThat(statementsFor("/api/sources/" + source, "")).isEqualTo(4);
	}

	@Test
	void sourceAndCountPages() throws Exception {
		long source = jdbc.sql("select id from source where outlet = 'Daily Caller News Foundation'").query(Long.class).single();
		long count = jdbc.sql("select id from reported_count where value = 4500").query(Long.class).single();
		assertThat(statementsFor("/sources/" + source, "")).isEqualTo(3);
		assertThat(statementsFor("/sources/" + source + "?knownOn=2025-12-31", "")).isEqualTo(3);
		// the figure with its provenance, and its revision history
		assertThat(statementsFor("/counts/" + count, "")).isEqualTo(2);
		assertThat(statementsFor("/counts/" + count + "?knownOn=2026-06-30", "")).isEqualTo(2);
	}

	private int statementsFor(String url, String figures) throws Exception {
		statements.reset();
		Pages.Page page = Pages.fetch(mvc, url);
		assertThat(page.status()).as(url).isEqualTo(200);
		if (!figures.isEmpty()) {
			assertThat(page.document().select("#counts tbody tr")).as(figures).hasSize(Integer.parseInt(figures.split(" ")[0]));
		}
		return statements.count();
	}

	private void movementsOutOf(String slug, int movements) {
		jdbc.sql("""
				insert into movement (kind, from_facility_id, to_facility_id, cohort_id, value, qualifier, lower_bound,
				                      upper_bound, ended_on, ended_precision, status, tally, source_id, speaker)
				select 'RELEASE', f.id, null, c.id, 1, 'EXACT', 1, 1, date '2025-06-01' + n, 'DAY', 'COMPLETED', 'BATCH', s.id,
				       'Speaker ' || n
				from facility f, cohort c, source s, generate_series(1, ?) n
				where f.slug = ? and c.slug = 'isis-detainees' and s.outlet = 'Politico'""")
			.params(movements, slug)
			.update();
	}

	private void facilityWithFigures(String slug, int figures) {
		jdbc.sql("insert into facility (slug, name, kind, country_code) values (?, ?, 'PRISON', 'SY')")
			.params(slug, "Test facility " + slug)
			.update();
		jdbc.sql("""
				insert into reported_count (facility_id, cohort_id, custody_holder_id, value, qualifier, lower_bound,
				                            upper_bound, as_of, as_of_precision, source_id, speaker, recorded_by)
				select f.id, c.id, h.id, n, 'EXACT', n, n, date '2025-01-01' + n, 'DAY', s.id, 'Speaker ' || n, 'test'
				from facility f, cohort c, custody_holder h, source s, generate_series(1, ?) n
				where f.slug = ? and c.slug = 'isis-detainees' and h.slug = 'sdf' and s.outlet = 'Politico'""")
			.params(figures, slug)
			.update();
	}

}
