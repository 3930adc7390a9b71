package org.detaineetracker.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.detaineetracker.test.FormTests.hasFieldError;
import static org.detaineetracker.test.FormTests.redirectedId;
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

/** Editors add and correct sources; every bad input is a 400 with the form again and nothing written. */
@TrackerTest
@WithMockUser(username = "editor", roles = "EDITOR")
class SourceFormTest {

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
		fields.put("outlet", "Reuters");
		fields.put("title", "Iraq receives detainees from Syria");
		fields.put("url", "https://example.org/iraq-detainees");
		fields.put("kind", "NEWS");
		fields.put("publishedOn", "2026-01-22");
		fields.put("publishedPrecision", "DAY");
		fields.put("cites", "");
		fields.put("note", "");
		return fields;
	}

	@Test
	void anEditorAddsASourceThenCorrectsIt() throws Exception {
		Page created = submit(mvc, "/sources", with(valid(), "url", "HTTPS://example.org/iraq-detainees"));
		assertThat(created.status()).isEqualTo(302);
		long id = redirectedId(created);
		assertThat(created.header("Location")).isEqualTo("/sources/" + id);

		Page shown = Pages.fetch(mvc, "/sources/" + id);
		assertThat(shown.text("h1")).isEqualTo("Iraq receives detainees from Syria");
		assertThat(shown.text("#published")).isEqualTo("22 January 2026");
		assertThat(shown.body()).contains("https://example.org/iraq-detainees");
		assertThat(shown.document().select("#edit-source").attr("href")).isEqualTo("/sources/" + id + "/edit");

		Page edit = Pages.fetch(mvc, "/sources/" + id + "/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.document().select("#outlet").val()).isEqualTo("Reuters");
		assertThat(edit.document().select("input[name=version]").val()).isEqualTo("0");

		long politico = jdbc.sql("select id from source where outlet = 'Politico'").query(Long.class).single();
		Map<String, String> corrected = with(with(with(valid(), "title", "Iraq takes in ISIS detainees"), "cites",
				String.valueOf(politico)), "version", "0");
		Page updated = submit(mvc, "/sources/" + id, with(corrected, "publishedPrecision", "MONTH"));
		assertThat(updated.status()).isEqualTo(302);
		assertThat(updated.header("Location")).isEqualTo("/sources/" + id);
		Page after = Pages.fetch(mvc, "/sources/" + id);
		assertThat(after.text("h1")).isEqualTo("Iraq takes in ISIS detainees");
		assertThat(after.text("#published")).isEqualTo("January 2026");
		assertThat(after.text("#cites")).contains("Politico");

		assertThat(revisions(jdbc, "source", id)).containsExactly("editor:0", "editor:1");
	}

	@Test
	void listAndPageOfferEditorsTheirForms() throws Exception {
		assertThat(Pages.fetch(mvc, "/sources").document().select("#add-source").attr("href")).isEqualTo("/sources/new");
		Page form = Pages.fetch(mvc, "/sources/new");
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.document().select("form.record-form select#cites option")).hasSizeGreaterThan(1);
	}

	@Test
	@WithMockUser(username = "analyst", roles = "ANALYST")
	void analystsSeeNoEditLinksAndCannotOpenTheForm() throws Exception {
		assertThat(Pages.fetch(mvc, "/sources").document().select("#add-source")).isEmpty();
		assertThat(Pages.fetch(mvc, "/sources/new").status()).isEqualTo(403);
	}

	@Test
	void missingFieldsAreNamedAndNothingIsWritten() throws Exception {
		long before = rows(jdbc, "source");
		Page page = submit(mvc, "/sources", Map.of());
		assertThat(page.status()).isEqualTo(400);
		for (String field : new String[] { "outlet", "title", "kind", "publishedOn" }) {
			assertThat(hasFieldError(page, field)).as(field).isTrue();
		}
		assertThat(page.text("#error-summary")).contains("Outlet", "This field is required.");
		assertThat(rows(jdbc, "source")).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			publishedOn        | 2026-13-45
			publishedOn        | yesterday
			publishedOn        | 2999-01-01
			publishedPrecision | HOUR
			publishedPrecision | NULL
			kind               | RUMOUR
			cites              | abc
			cites              | 999999999
			url                | javascript:alert(1)
			url                | ftp://example.org/file
			url                | https://example.org/a b
			outlet             | '   '
			title              | 'Be\007ll'
			version            | x
			""")
	void badInputIsRefusedWithTheFormAgain(String field, String value) throws Exception {
		long before = rows(jdbc, "source");
		Page page = submit(mvc, "/sources", with(valid(), field, value == null ? "" : value));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.document().select("#error-summary")).isNotEmpty();
		if (!field.equals("version")) {
			assertThat(hasFieldError(page, field)).isTrue();
		}
		assertThat(rows(jdbc, "source")).isEqualTo(before);
	}

	@Test
	void textLongerThanTheDatabaseAllowsIsRefused() throws Exception {
		long before = rows(jdbc, "source");
		Page page = submit(mvc, "/sources", with(with(valid(), "title", "t".repeat(401)), "note", "n".repeat(1001)));
		assertThat(page.status()).isEqualTo(400);
		assertThat(hasFieldError(page, "title")).isTrue();
		assertThat(hasFieldError(page, "note")).isTrue();
		assertThat(rows(jdbc, "source")).isEqualTo(before);
	}

	@Test
	void aSourceCannotRepeatItselfNorRepeatWhatRepeatsIt() throws Exception {
		long first = redirectedId(submit(mvc, "/sources", valid()));
		long second = redirectedId(submit(mvc, "/sources",
				with(with(valid(), "cites", String.valueOf(first)), "title", "A report repeating the first")));

		List<String> revisionsBefore = revisions(jdbc, "source", first);
		Page self = submit(mvc, "/sources/" + first,
				with(with(valid(), "cites", String.valueOf(first)), "version", "0"));
		assertThat(self.status()).isEqualTo(400);
		assertThat(self.text("#cites-help")).contains("cannot point at itself");

		Page loop = submit(mvc, "/sources/" + first,
				with(with(valid(), "cites", String.valueOf(second)), "version", "0"));
		assertThat(loop.status()).isEqualTo(400);
		assertThat(loop.text("#cites-help")).contains("loop");
		assertThat(revisions(jdbc, "source", first)).isEqualTo(revisionsBefore);
	}

	@Test
	void theSameArticleTwiceAsksForConfirmationInsteadOfSavingASecondCopy() throws Exception {
		long first = redirectedId(submit(mvc, "/sources", valid()));
		long before = rows(jdbc, "source");
		Page again = submit(mvc, "/sources", with(valid(), "outlet", "reuters"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.text("#duplicate")).contains("already exists", "Reuters", "22 January 2026");
		assertThat(again.document().select("#duplicate a").attr("href")).isEqualTo("/sources/" + first);
		assertThat(rows(jdbc, "source")).isEqualTo(before);
		assertThat(submit(mvc, "/sources", with(valid(), "confirmDuplicate", "true")).status()).isEqualTo(302);
		assertThat(rows(jdbc, "source")).isEqualTo(before + 1);
	}

	@Test
	void anEditBasedOnAnOldVersionIsAConflictThatShowsBothValues() throws Exception {
		long id = redirectedId(submit(mvc, "/sources", valid()));
		assertThat(submit(mvc, "/sources/" + id, with(with(valid(), "title", "First correction"), "version", "0"))
			.status()).isEqualTo(302);

		Page stale = submit(mvc, "/sources/" + id, with(with(valid(), "title", "Second correction"), "version", "0"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.text("#conflict")).contains("First correction", "Second correction");
		assertThat(stale.document().select("input[name=version]").val()).isEqualTo("1");
		assertThat(jdbc.sql("select title from source where id = ?").param(id).query(String.class).single())
			.isEqualTo("First correction");
		assertThat(revisions(jdbc, "source", id)).containsExactly("editor:0", "editor:1");
	}

	@Test
	void unknownSourcesAreNotFound() throws Exception {
		assertThat(Pages.fetch(mvc, "/sources/999999999/edit").status()).isEqualTo(404);
		assertThat(submit(mvc, "/sources/999999999", with(valid(), "version", "0")).status()).isEqualTo(404);
		assertThat(Pages.fetch(mvc, "/sources/abc/edit").status()).isEqualTo(400);
	}

}
