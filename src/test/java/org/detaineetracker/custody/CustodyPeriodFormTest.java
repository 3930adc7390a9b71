package org.detaineetracker.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detaineetracker.test.FormTests.hasFieldError;
import static org.detaineetracker.test.FormTests.revisions;
import static org.detaineetracker.test.FormTests.rows;
import static org.detaineetracker.test.FormTests.submit;
import static org.detaineetracker.test.FormTests.with;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.NewRows;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/** Editors record who held a facility when; the facility page shows it. */
@TrackerTest
@WithMockUser(username = "editor", roles = "EDITOR")
class CustodyPeriodFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	NewRows newRows;

	long facility;

	@BeforeEach
	void markAndMakeAFacility() {
		newRows = NewRows.mark(jdbc);
		jdbc.sql("insert into facility (slug, name, kind, country_code) values ('custody-test-site', 'Custody test site', 'PRISON', 'SY')")
			.update();
		facility = id("select id from facility where slug = 'custody-test-site'");
	}

	@AfterEach
	void removeWhatTheTestWrote() {
		newRows.remove();
	}

	long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	Map<String, String> valid() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("facility", String.valueOf(facility));
		fields.put("holder", String.valueOf(id("select id from custody_holder where slug = 'sdf'")));
		fields.put("startedOn", "2019-03-23");
		fields.put("startedPrecision", "MONTH");
		fields.put("endedOn", "");
		fields.put("endedPrecision", "");
		fields.put("source", String.valueOf(id("select id from source where outlet = 'Politico'")));
		fields.put("note", "After the fall of Baghuz.");
		return fields;
	}

	@Test
	void anEditorRecordsCustodyThenEndsIt() throws Exception {
		Page facilityPage = Pages.fetch(mvc, "/facilities/custody-test-site");
		assertThat(facilityPage.document().select("#add-custody-period").attr("href"))
			.isEqualTo("/custody-periods/new?facility=" + facility);
		Page blank = Pages.fetch(mvc, "/custody-periods/new?facility=" + facility);
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.document().select("#facility option[selected]").text()).isEqualTo("Custody test site");

		Page created = submit(mvc, "/custody-periods", valid());
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.header("Location")).isEqualTo("/facilities/custody-test-site");
		long id = id("select id from custody_period where facility_id = " + facility);
		Page shown = Pages.fetch(mvc, "/facilities/custody-test-site");
		assertThat(shown.text("#custody-period-" + id)).contains("Syrian Democratic Forces", "March 2019", "still held",
				"After the fall of Baghuz.");
		assertThat(shown.document().select("#custody-period-" + id + " a.edit").attr("href"))
			.isEqualTo("/custody-periods/" + id + "/edit");

		assertThat(Pages.fetch(mvc, "/custody-periods/" + id + "/edit").document().select("#startedOn").val())
			.isEqualTo("2019-03-01");
		Map<String, String> ended = with(with(with(valid(), "endedOn", "2026-01-20"), "endedPrecision", "DAY"), "version",
				"0");
		assertThat(submit(mvc, "/custody-periods/" + id, ended).status()).isEqualTo(302);
		assertThat(Pages.fetch(mvc, "/facilities/custody-test-site").text("#custody-period-" + id))
			.contains("March 2019", "20 January 2026");
		assertThat(revisions(jdbc, "custody_period", id)).containsExactly("editor:0", "editor:1");
	}

	@Test
	void bothEndsMayBeUnknown() throws Exception {
		Map<String, String> fields = with(with(valid(), "startedOn", ""), "startedPrecision", "");
		assertThat(submit(mvc, "/custody-periods", fields).status()).isEqualTo(302);
		assertThat(Pages.fetch(mvc, "/facilities/custody-test-site").text("#custody")).contains("unknown", "still held");
	}

	@Test
	void missingFieldsAreNamedAndNothingIsWritten() throws Exception {
		long before = rows(jdbc, "custody_period");
		Page page = submit(mvc, "/custody-periods", Map.of());
		assertThat(page.status()).isEqualTo(400);
		for (String field : new String[] { "facility", "holder", "source" }) {
			assertThat(hasFieldError(page, field)).as(field).isTrue();
		}
		assertThat(rows(jdbc, "custody_period")).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			startedOn        | 2026-02-30
			startedOn        | ''
			startedPrecision | ''
			startedPrecision | WEEK
			startedOn        | 2999-01-01
			endedOn          | 2019-02-28
			endedOn          | 2999-12-31
			facility         | -5
			holder           | abc
			holder           | 999999999
			source           | ''
			note             | 'a\000b'
			""")
	void badInputIsRefusedWithTheFormAgain(String field, String value) throws Exception {
		long before = rows(jdbc, "custody_period");
		Map<String, String> fields = with(valid(), field, value);
		if (field.equals("endedOn")) {
			fields.put("endedPrecision", "DAY");
		}
		Page page = submit(mvc, "/custody-periods", fields);
		assertThat(page.status()).isEqualTo(400);
		assertThat(hasFieldError(page, field)).isTrue();
		assertThat(rows(jdbc, "custody_period")).isEqualTo(before);
	}

	@Test
	void anEditBasedOnAnOldVersionIsAConflictThatShowsBothValues() throws Exception {
		submit(mvc, "/custody-periods", valid());
		long id = id("select id from custody_period where facility_id = " + facility);
		assertThat(submit(mvc, "/custody-periods/" + id, with(with(valid(), "note", "First note"), "version", "0")).status())
			.isEqualTo(302);
		Page stale = submit(mvc, "/custody-periods/" + id, with(with(valid(), "note", "Second note"), "version", "0"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.text("#conflict")).contains("First note", "Second note");
		assertThat(jdbc.sql("select note from custody_period where id = ?").param(id).query(String.class).single())
			.isEqualTo("First note");
	}

	@Test
	void unknownPeriodsAreNotFound() throws Exception {
		assertThat(Pages.fetch(mvc, "/custody-periods/999999999/edit").status()).isEqualTo(404);
		assertThat(submit(mvc, "/custody-periods/999999999", with(valid(), "version", "0")).status()).isEqualTo(404);
		assertThat(Pages.fetch(mvc, "/custody-periods/new?facility=abc").status()).isEqualTo(400);
	}

}
