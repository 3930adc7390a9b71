package org.detaineetracker.movement;

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

/** Editors record movements from the facility page; the figure reads as in the reported-count form. */
@TrackerTest
@WithMockUser(username = "editor", roles = "EDITOR")
class MovementFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	NewRows newRows;

	long origin;

	long destination;

	@BeforeEach
	void markAndMakeTwoFacilities() {
		newRows = NewRows.mark(jdbc);
		jdbc.sql("""
				insert into facility (slug, name, kind, country_code) values
				    ('movement-origin', 'Movement origin', 'PRISON', 'SY'),
				    ('movement-destination', 'Movement destination', 'PRISON', 'IQ')""").update();
		origin = id("select id from facility where slug = 'movement-origin'");
		destination = id("select id from facility where slug = 'movement-destination'");
	}

	@AfterEach
	void removeWhatTheTestWrote() {
		newRows.remove();
	}

	long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	long movementId() {
		return id("select id from movement where from_facility_id = " + origin);
	}

	@Test
	void theSameMovementTwiceAsksForConfirmationInsteadOfSavingASecondCopy() throws Exception {
		assertThat(submit(mvc, "/movements", valid()).status()).isEqualTo(302);
		long first = movementId();
		long before = rows(jdbc, "movement");
		Page again = submit(mvc, "/movements", with(valid(), "speaker", "Another official"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("#duplicate")).contains("This looks like movement #" + first);
		assertThat(again.document().select("#duplicate a").attr("href")).isEqualTo("/movements/" + first + "/reports/new");
		assertThat(rows(jdbc, "movement")).isEqualTo(before);
		assertThat(submit(mvc, "/movements", with(valid(), "confirmDuplicate", "true")).status()).isEqualTo(302);
		assertThat(rows(jdbc, "movement")).isEqualTo(before + 1);
	}

	Map<String, String> valid() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("kind", "TRANSFER");
		fields.put("status", "COMPLETED");
		fields.put("from", String.valueOf(origin));
		fields.put("to", String.valueOf(destination));
		fields.put("operator", String.valueOf(id("select id from custody_holder where slug = 'us-centcom'")));
		fields.put("cohort", String.valueOf(id("select id from cohort where slug = 'isis-detainees'")));
		fields.put("qualifier", "EXACT");
		fields.put("value", "150");
		fields.put("valueHigh", "");
		fields.put("tally", "BATCH");
		fields.put("startedOn", "2026-01-21");
		fields.put("startedPrecision", "DAY");
		fields.put("endedOn", "");
		fields.put("endedPrecision", "");
		fields.put("source", String.valueOf(id("select id from source where outlet = 'Politico'")));
		fields.put("speaker", "U.S. Central Command statement");
		fields.put("quote", "");
		return fields;
	}

	@Test
	void anEditorRecordsATransferThenCorrectsItsFigure() throws Exception {
		Page originPage = Pages.fetch(mvc, "/facilities/movement-origin");
		assertThat(originPage.document().select("#add-movement-out").attr("href")).isEqualTo("/movements/new?from=" + origin);
		assertThat(originPage.document().select("#add-movement-in").attr("href")).isEqualTo("/movements/new?to=" + origin);
		Page blank = Pages.fetch(mvc, "/movements/new?from=" + origin);
		assertThat(blank.status()).isEqualTo(200);
		assertThat(blank.document().select("#from option[selected]").text()).isEqualTo("Movement origin");

		Page created = submit(mvc, "/movements", valid());
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.header("Location")).isEqualTo("/facilities/movement-origin");
		long id = movementId();
		Page out = Pages.fetch(mvc, "/facilities/movement-origin");
		assertThat(out.text("#movement-" + id)).contains("Transfer", "150", "Movement destination", "21 January 2026",
				"completed", "U.S. Central Command");
		assertThat(out.document().select("#movement-" + id + " a.edit").attr("href")).isEqualTo("/movements/" + id + "/edit");
		assertThat(Pages.fetch(mvc, "/facilities/movement-destination").text("#movements-in")).contains("Movement origin");

		assertThat(Pages.fetch(mvc, "/movements/" + id + "/edit").document().select("#value").val()).isEqualTo("150");
		Map<String, String> range = with(with(with(valid(), "qualifier", "RANGE"), "value", "100"), "valueHigh", "200");
		assertThat(submit(mvc, "/movements/" + id, with(range, "version", "0")).status()).isEqualTo(302);
		assertThat(Pages.fetch(mvc, "/facilities/movement-origin").text("#movement-" + id)).contains("100", "200");
		assertThat(jdbc.sql("select lower_bound || '-' || upper_bound from movement where id = ?").param(id)
			.query(String.class).single()).isEqualTo("100-200");
		assertThat(revisions(jdbc, "movement", id)).containsExactly("editor:0", "editor:1");
	}

	@Test
	void aReleaseGoesNowhereAndAPlannedMovementMayLieAhead() throws Exception {
		Map<String, String> planned = with(with(with(valid(), "to", ""), "status", "PLANNED"), "startedOn",
				java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusMonths(6).toString());
		assertThat(submit(mvc, "/movements", with(planned, "kind", "RELEASE")).status()).isEqualTo(302);
		assertThat(Pages.fetch(mvc, "/facilities/movement-origin").text("#movements-out"))
			.contains("Release", "out of custody", "planned");
	}

	@Test
	void missingFieldsAreNamedAndNothingIsWritten() throws Exception {
		long before = rows(jdbc, "movement");
		Page page = submit(mvc, "/movements", Map.of());
		assertThat(page.status()).isEqualTo(400);
		for (String field : new String[] { "kind", "from", "cohort", "qualifier", "value", "status", "tally", "source",
				"speaker" }) {
			assertThat(hasFieldError(page, field)).as(field).isTrue();
		}
		assertThat(rows(jdbc, "movement")).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			value            | -1               |
			value            | 10000001         |
			value            | 150 people       |
			valueHigh        | 200              |
			qualifier        | RANGE            | valueHigh
			qualifier        | ROUGHLY          |
			to               | {origin}         |
			to               | nowhere          |
			from             | ''               |
			operator         | 999999999        |
			kind             | MARCH            |
			status           | DONE             |
			tally            | ALL              |
			startedOn        | 2999-01-01       |
			startedOn        | 21/01/2026       |
			startedPrecision | ''               |
			endedOn          | 2026-01-20       |
			speaker          | {301 characters} |
			quote            | {601 characters} |
			""")
	void badInputIsRefusedWithTheFormAgain(String field, String value, String errorOn) throws Exception {
		String submitted = switch (value) {
			case "{origin}" -> String.valueOf(origin);
			case "{301 characters}" -> "s".repeat(301);
			case "{601 characters}" -> "q".repeat(601);
			default -> value;
		};
		Map<String, String> fields = with(valid(), field, submitted);
		if (field.equals("endedOn")) {
			fields.put("endedPrecision", "DAY");
		}
		long before = rows(jdbc, "movement");
		Page page = submit(mvc, "/movements", fields);
		assertThat(page.status()).isEqualTo(400);
		assertThat(hasFieldError(page, errorOn == null ? field : errorOn)).isTrue();
		assertThat(rows(jdbc, "movement")).isEqualTo(before);
	}

	@Test
	void aFigureThatAllowsNoNumberOfPeopleIsRefused() throws Exception {
		Page page = submit(mvc, "/movements", with(with(valid(), "qualifier", "FEWER_THAN"), "value", "0"));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#value-help")).contains("No number of people fits");
	}

	@Test
	void anEditBasedOnAnOldVersionIsAConflictThatShowsBothValues() throws Exception {
		submit(mvc, "/movements", valid());
		long id = movementId();
		assertThat(submit(mvc, "/movements/" + id, with(with(valid(), "speaker", "First speaker"), "version", "0"))
			.status()).isEqualTo(302);
		Page stale = submit(mvc, "/movements/" + id, with(with(valid(), "speaker", "Second speaker"), "version", "0"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.text("#conflict")).contains("First speaker", "Second speaker");
		assertThat(jdbc.sql("select speaker from movement where id = ?").param(id).query(String.class).single())
			.isEqualTo("First speaker");
	}

	@Test
	void unknownMovementsAreNotFound() throws Exception {
		assertThat(Pages.fetch(mvc, "/movements/999999999/edit").status()).isEqualTo(404);
		assertThat(submit(mvc, "/movements/999999999", with(valid(), "version", "0")).status()).isEqualTo(404);
		assertThat(Pages.fetch(mvc, "/movements/new?from=999999999").status()).isEqualTo(400);
	}

}
