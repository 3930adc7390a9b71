package org.detaineetracker.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detaineetracker.test.FormTests.hasFieldError;
import static org.detaineetracker.test.FormTests.rows;
import static org.detaineetracker.test.FormTests.submit;
import static org.detaineetracker.test.FormTests.with;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.NewRows;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/**
 * A movement is one event with a report per source: its page shows them read together, editors add
 * another source's report there, and the new-movement form offers the movement a new one most likely is.
 */
@TrackerTest
@WithMockUser(username = "editor", roles = "EDITOR")
class MovementReportFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	NewRows newRows;

	long baghdadTransfer;

	@BeforeEach
	void mark() {
		newRows = NewRows.mark(jdbc);
		baghdadTransfer = id("""
				select m.id from movement m join facility t on t.id = m.to_facility_id
				where t.slug = 'baghdad-airport-detention-facility'""");
	}

	@AfterEach
	void removeWhatTheTestWrote() {
		newRows.remove();
	}

	long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	long reports() {
		return jdbc.sql("select count(*) from movement_report where movement_id = ?").param(baghdadTransfer)
			.query(Long.class).single();
	}

	Map<String, String> report() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", String.valueOf(id("select version from movement where id = " + baghdadTransfer)));
		fields.put("submissionToken", UUID.randomUUID().toString());
		fields.put("qualifier", "APPROXIMATE");
		fields.put("value", "5800");
		fields.put("valueHigh", "");
		fields.put("tally", "CUMULATIVE");
		fields.put("source", String.valueOf(id("select id from source where outlet = 'Politico'")));
		fields.put("speaker", "Iraqi justice ministry spokesman");
		fields.put("quote", "");
		return fields;
	}

	@Test
	void theTransferPageShowsItsTwoReportsReadTogether() throws Exception {
		Page page = Pages.fetch(mvc, "/movements/" + baghdadTransfer);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("#reports tr.report")).hasSize(2);
		assertThat(page.text("#reports")).contains("Fox News Digital", "Trending Politics News", "nearly 6,000",
				"Senior U.S. official, unnamed, as told to Fox News", "running total");
		assertThat(page.text("#reconciled")).contains("5,400", "5,999", "agree", "2 reports, 1 independent source");
		assertThat(page.document().select("#add-report").attr("href"))
			.isEqualTo("/movements/" + baghdadTransfer + "/reports/new");
		assertThat(page.text("#history")).isNotBlank();
		assertThat(page.document().select("#history a[href^=#report-]")).as("the history names its reports")
			.isNotEmpty()
			.allSatisfy(link -> assertThat(page.document().getElementById(link.attr("href").substring(1)))
				.as("%s leads to its row", link.attr("href")).isNotNull());
		assertThat(Pages.fetch(mvc, "/movements/999999999").status()).isEqualTo(404);
	}

	@Test
	void anEditorAddsAReportAndTheMovementReadsThreeReports() throws Exception {
		Page blank = Pages.fetch(mvc, "/movements/" + baghdadTransfer + "/reports/new");
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.document().select("input[name=submissionToken]").val()).isNotBlank();

		Page saved = submit(mvc, "/movements/" + baghdadTransfer + "/reports", report());
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.header("Location")).isEqualTo("/movements/" + baghdadTransfer);
		assertThat(reports()).isEqualTo(3);
		Page page = Pages.fetch(mvc, "/movements/" + baghdadTransfer);
		assertThat(page.document().select("#reports tr.report")).hasSize(3);
		assertThat(page.text("#reports")).contains("Iraqi justice ministry spokesman", "about 5,800");
		assertThat(page.text("#reconciled")).contains("3 reports, 2 independent sources");
		assertThat(jdbc.sql("select recorded_by from movement_report where speaker = 'Iraqi justice ministry spokesman'")
			.query(String.class).single()).isEqualTo("editor");
	}

	@Test
	void anInvalidReportIsRefusedWith400AndNothingIsWritten() throws Exception {
		Page refused = submit(mvc, "/movements/" + baghdadTransfer + "/reports",
				with(with(report(), "value", "-1"), "speaker", ""));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(hasFieldError(refused, "value")).isTrue();
		assertThat(hasFieldError(refused, "speaker")).isTrue();
		assertThat(reports()).isEqualTo(2);
	}

	@Test
	void aReportOpenedBeforeTheMovementChangedIsAskedAgainWith409() throws Exception {
		Map<String, String> stale = with(report(), "version", "-1");
		Page conflict = submit(mvc, "/movements/" + baghdadTransfer + "/reports", stale);
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.text("#conflict")).contains("changed");
		assertThat(reports()).isEqualTo(2);
	}

	@Test
	void theSameFormSentTwiceAddsOneReport() throws Exception {
		Map<String, String> once = report();
		assertThat(submit(mvc, "/movements/" + baghdadTransfer + "/reports", once).status()).isEqualTo(302);
		assertThat(submit(mvc, "/movements/" + baghdadTransfer + "/reports", once).status()).isEqualTo(302);
		assertThat(reports()).isEqualTo(3);
	}

	@Test
	void aNewMovementLikeAStoredOneOffersToAddTheReportToIt() throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("submissionToken", UUID.randomUUID().toString());
		fields.put("kind", "TRANSFER");
		fields.put("status", "COMPLETED");
		fields.put("from", String.valueOf(id("select id from facility where slug = 'sdf-detention-facilities-northeast-syria'")));
		fields.put("to", String.valueOf(id("select id from facility where slug = 'baghdad-airport-detention-facility'")));
		fields.put("operator", "");
		fields.put("cohort", String.valueOf(id("select id from cohort where slug = 'isis-detainees'")));
		fields.put("qualifier", "APPROXIMATE");
		fields.put("value", "5700");
		fields.put("valueHigh", "");
		fields.put("tally", "CUMULATIVE");
		fields.put("startedOn", "2026-02-10");
		fields.put("startedPrecision", "DAY");
		fields.put("endedOn", "");
		fields.put("endedPrecision", "");
		fields.put("source", String.valueOf(id("select id from source where outlet = 'Politico'")));
		fields.put("speaker", "Iraqi official");
		fields.put("quote", "");
		long before = rows(jdbc, "movement");
		Page offer = submit(mvc, "/movements", fields);
		assertThat(offer.status()).isEqualTo(409);
		assertThat(offer.text("#duplicate")).contains("This looks like movement #" + baghdadTransfer,
				"add your report to it instead?", "Save as a new movement anyway");
		assertThat(offer.document().select("#add-to-existing").attr("href"))
			.isEqualTo("/movements/" + baghdadTransfer + "/reports/new");
		assertThat(rows(jdbc, "movement")).isEqualTo(before);

		Page anyway = submit(mvc, "/movements", with(fields, "confirmDuplicate", "true"));
		assertThat(anyway.status()).isEqualTo(302);
		assertThat(rows(jdbc, "movement")).isEqualTo(before + 1);
		assertThat(rows(jdbc, "movement_report")).isEqualTo(5);
	}

	@Test
	void aMovementOnOtherDatesIsNotOffered() throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "TRANSFER");
		fields.put("status", "COMPLETED");
		fields.put("from", String.valueOf(id("select id from facility where slug = 'sdf-detention-facilities-northeast-syria'")));
		fields.put("to", String.valueOf(id("select id from facility where slug = 'baghdad-airport-detention-facility'")));
		fields.put("cohort", String.valueOf(id("select id from cohort where slug = 'isis-detainees'")));
		fields.put("qualifier", "EXACT");
		fields.put("value", "40");
		fields.put("tally", "BATCH");
		fields.put("startedOn", "2026-04-02");
		fields.put("startedPrecision", "DAY");
		fields.put("source", String.valueOf(id("select id from source where outlet = 'Politico'")));
		fields.put("speaker", "Iraqi official");
		assertThat(submit(mvc, "/movements", fields).status()).isEqualTo(302);
	}

}
