package org.detaineetracker.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detaineetracker.test.FormTests.hasFieldError;
import static org.detaineetracker.test.FormTests.revisions;
import static org.detaineetracker.test.FormTests.rows;
import static org.detaineetracker.test.FormTests.submit;
import static org.detaineetracker.test.FormTests.with;

import java.util.LinkedHashMap;
import java.util.List;
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

/** Editors add and correct cohorts, listed on /cohorts. */
@TrackerTest
@WithMockUser(username = "editor", roles = "EDITOR")
class CohortFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	NewRows newRows;

	@BeforeEach
	void mark() {
		newRows = NewRows.mark(jdbc);
	}

	@AfterEach
	void removeWhatTheTestWrote() {
		newRows.remove();
	}

	static Map<String, String> valid() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("slug", "foreign-isis-detainees");
		fields.put("name", "Foreign ISIS detainees");
		fields.put("parent", "");
		fields.put("description", "ISIS detainees who are not Syrian or Iraqi nationals.");
		return fields;
	}

	long idOf(String slug) {
		return jdbc.sql("select id from cohort where slug = ?").param(slug).query(Long.class).single();
	}

	@Test
	void anEditorAddsACohortThenCorrectsIt() throws Exception {
		Page created = submit(mvc, "/cohorts", with(valid(), "parent", String.valueOf(idOf("isis-detainees"))));
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.header("Location")).isEqualTo("/cohorts");
		long id = idOf("foreign-isis-detainees");
		Page list = Pages.fetch(mvc, "/cohorts");
		assertThat(list.text("#cohort-foreign-isis-detainees")).contains("Foreign ISIS detainees", "ISIS detainees",
				"not Syrian or Iraqi");
		assertThat(list.document().select("#cohort-foreign-isis-detainees a.edit").attr("href"))
			.isEqualTo("/cohorts/foreign-isis-detainees/edit");

		Page edit = Pages.fetch(mvc, "/cohorts/foreign-isis-detainees/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.document().select("#parent option[selected]").text()).isEqualTo("ISIS detainees");

		Page updated = submit(mvc, "/cohorts/foreign-isis-detainees",
				with(with(valid(), "name", "Foreign fighters"), "version", "0"));
		assertThat(updated.status()).isEqualTo(302);
		assertThat(Pages.fetch(mvc, "/cohorts").text("#cohort-foreign-isis-detainees")).startsWith("Foreign fighters");
		assertThat(revisions(jdbc, "cohort", id)).containsExactly("editor:0", "editor:1");
	}

	@Test
	void missingFieldsAreNamedAndNothingIsWritten() throws Exception {
		long before = rows(jdbc, "cohort");
		Page page = submit(mvc, "/cohorts", Map.of());
		assertThat(page.status()).isEqualTo(400);
		assertThat(hasFieldError(page, "slug")).isTrue();
		assertThat(hasFieldError(page, "name")).isTrue();
		assertThat(rows(jdbc, "cohort")).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			slug        | foreign isis detainees
			slug        | isis-detainees
			name        | 'Foreign\u2028fighters'
			parent      | -1
			parent      | x
			description | {1001 characters}
			""")
	void badInputIsRefusedWithTheFormAgain(String field, String value) throws Exception {
		long before = rows(jdbc, "cohort");
		Page page = submit(mvc, "/cohorts",
				with(valid(), field, value.equals("{1001 characters}") ? "d".repeat(1001) : value));
		assertThat(page.status()).isEqualTo(400);
		assertThat(hasFieldError(page, field)).isTrue();
		assertThat(rows(jdbc, "cohort")).isEqualTo(before);
	}

	@Test
	void aCohortCannotBePartOfItselfNorOfANarrowerCohort() throws Exception {
		submit(mvc, "/cohorts", valid());
		long broad = idOf("foreign-isis-detainees");
		submit(mvc, "/cohorts", with(with(valid(), "slug", "european-isis-detainees"), "parent", String.valueOf(broad)));
		long narrow = idOf("european-isis-detainees");
		List<String> revisionsBefore = revisions(jdbc, "cohort", broad);

		Page self = submit(mvc, "/cohorts/foreign-isis-detainees",
				with(with(valid(), "parent", String.valueOf(broad)), "version", "0"));
		assertThat(self.status()).isEqualTo(400);
		assertThat(self.text("#parent-help")).contains("cannot point at itself");
		Page loop = submit(mvc, "/cohorts/foreign-isis-detainees",
				with(with(valid(), "parent", String.valueOf(narrow)), "version", "0"));
		assertThat(loop.status()).isEqualTo(400);
		assertThat(loop.text("#parent-help")).contains("loop");
		assertThat(revisions(jdbc, "cohort", broad)).isEqualTo(revisionsBefore);
	}

	@Test
	void anEditBasedOnAnOldVersionIsAConflictThatShowsBothValues() throws Exception {
		submit(mvc, "/cohorts", valid());
		assertThat(submit(mvc, "/cohorts/foreign-isis-detainees", with(with(valid(), "name", "First name"), "version", "0"))
			.status()).isEqualTo(302);
		Page stale = submit(mvc, "/cohorts/foreign-isis-detainees",
				with(with(valid(), "name", "Second name"), "version", "0"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.text("#conflict")).contains("First name", "Second name");
		assertThat(jdbc.sql("select name from cohort where slug = 'foreign-isis-detainees'").query(String.class).single())
			.isEqualTo("First name");
	}

	@Test
	void unknownCohortsAreNotFound() throws Exception {
		assertThat(Pages.fetch(mvc, "/cohorts/nobody/edit").status()).isEqualTo(404);
		assertThat(submit(mvc, "/cohorts/nobody", with(valid(), "version", "0")).status()).isEqualTo(404);
	}

}
