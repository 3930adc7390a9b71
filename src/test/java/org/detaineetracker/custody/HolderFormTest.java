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

/** Editors add and correct custody holders, listed on /holders. */
@TrackerTest
@WithMockUser(username = "editor", roles = "EDITOR")
class HolderFormTest {

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
		fields.put("slug", "asayish");
		fields.put("name", "Asayish internal security forces");
		fields.put("shortName", "Asayish");
		fields.put("kind", "NON_STATE_ARMED_FORCE");
		fields.put("countryCode", "sy");
		return fields;
	}

	long idOf(String slug) {
		return jdbc.sql("select id from custody_holder where slug = ?").param(slug).query(Long.class).single();
	}

	@Test
	void anEditorAddsAHolderThenCorrectsIt() throws Exception {
		Page created = submit(mvc, "/holders", valid());
		assertThat(created.status()).isEqualTo(302);
		assertThat(created.header("Location")).isEqualTo("/holders");
		long id = idOf("asayish");
		Page list = Pages.fetch(mvc, "/holders");
		assertThat(list.text("#holder-asayish")).contains("Asayish internal security forces", "Non-state armed force",
				"Syria");
		assertThat(list.document().select("#holder-asayish a.edit").attr("href")).isEqualTo("/holders/asayish/edit");
		assertThat(list.document().select("#add-holder")).isNotEmpty();

		Page edit = Pages.fetch(mvc, "/holders/asayish/edit");
		assertThat(edit.status()).isEqualTo(200);
		assertThat(edit.document().select("#countryCode").val()).isEqualTo("SY");

		Map<String, String> corrected = with(with(with(valid(), "slug", "asayish-forces"), "name", "Asayish"), "version", "0");
		Page updated = submit(mvc, "/holders/asayish", with(corrected, "countryCode", ""));
		assertThat(updated.status()).isEqualTo(302);
		assertThat(Pages.fetch(mvc, "/holders").text("#holder-asayish-forces")).startsWith("Asayish Facilities it holds now Asayish");
		assertThat(jdbc.sql("select country_code from custody_holder where id = ?").param(id).query(String.class)
			.optional()).isEmpty();
		assertThat(revisions(jdbc, "custody_holder", id)).containsExactly("editor:0", "editor:1");
	}

	@Test
	@WithMockUser(username = "analyst", roles = "ANALYST")
	void analystsSeeTheListWithoutEditLinks() throws Exception {
		Page list = Pages.fetch(mvc, "/holders");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.text("#holders")).contains("Syrian Democratic Forces");
		assertThat(list.document().select("a.edit, #add-holder")).isEmpty();
		assertThat(Pages.fetch(mvc, "/holders/new").status()).isEqualTo(403);
		assertThat(Pages.fetch(mvc, "/holders/sdf/edit").status()).isEqualTo(403);
	}

	@Test
	void missingFieldsAreNamedAndNothingIsWritten() throws Exception {
		long before = rows(jdbc, "custody_holder");
		Page page = submit(mvc, "/holders", Map.of());
		assertThat(page.status()).isEqualTo(400);
		for (String field : new String[] { "slug", "name", "kind" }) {
			assertThat(hasFieldError(page, field)).as(field).isTrue();
		}
		assertThat(rows(jdbc, "custody_holder")).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			slug        | Asayish
			slug        | sdf
			name        | '  '
			name        | 'Asa\000yish'
			shortName   | 'forty-one characters are too many, really'
			kind        | MILITIA
			countryCode | ZZ
			countryCode | SYR
			""")
	void badInputIsRefusedWithTheFormAgain(String field, String value) throws Exception {
		long before = rows(jdbc, "custody_holder");
		Page page = submit(mvc, "/holders", with(valid(), field, value));
		assertThat(page.status()).isEqualTo(400);
		assertThat(hasFieldError(page, field)).isTrue();
		assertThat(rows(jdbc, "custody_holder")).isEqualTo(before);
	}

	@Test
	void anEditBasedOnAnOldVersionIsAConflictThatShowsBothValues() throws Exception {
		submit(mvc, "/holders", valid());
		assertThat(submit(mvc, "/holders/asayish", with(with(valid(), "name", "First name"), "version", "0")).status())
			.isEqualTo(302);
		Page stale = submit(mvc, "/holders/asayish", with(with(valid(), "name", "Second name"), "version", "0"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.text("#conflict")).contains("First name", "Second name");
		assertThat(jdbc.sql("select name from custody_holder where slug = 'asayish'").query(String.class).single())
			.isEqualTo("First name");
	}

	@Test
	void unknownHoldersAreNotFound() throws Exception {
		assertThat(Pages.fetch(mvc, "/holders/nobody/edit").status()).isEqualTo(404);
		assertThat(submit(mvc, "/holders/nobody", with(valid(), "version", "0")).status()).isEqualTo(404);
	}

}
