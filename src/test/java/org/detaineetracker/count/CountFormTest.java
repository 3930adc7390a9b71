package org.detaineetracker.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/** Editors enter, correct and retract figures; every rule answers with a message, never a 500. */
@TrackerTest
@Transactional
class CountFormTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long panorama;

	long alHol;

	long detainees;

	long source;

	@BeforeEach
	void ids() {
		panorama = id("select id from facility where slug = 'panorama-prison'");
		alHol = id("select id from facility where slug = 'al-hol-camp'");
		detainees = id("select id from cohort where slug = 'isis-detainees'");
		source = id("select id from source where published_precision = 'DAY'");
	}

	@Test
	void theFormOpensFromAFacilityWithThatFacilityChosen() throws Exception {
		Page page = page(get("/counts/new").param("facility", String.valueOf(panorama)));
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.document().select("select#facility option[selected]").text()).isEqualTo("Panorama prison");
	}

	@Test
	void aValidFigureIsSavedAndShownWithAConfirmation() throws Exception {
		long before = rows();
		MockHttpServletResponse saved = submit("/counts", valid());
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(rows()).isEqualTo(before + 1);
		String location = saved.getRedirectedUrl();
		assertThat(location).matches("/counts/\\d+");
		Map<String, Object> row = jdbc.sql("select value, qualifier, lower_bound, upper_bound, recorded_by, speaker "
				+ "from reported_count where id = ?").param(Long.parseLong(location.substring(8))).query().singleRow();
		assertThat(row).containsEntry("value", 4700).containsEntry("qualifier", "OVER").containsEntry("lower_bound", 4701)
			.containsEntry("recorded_by", "editor").containsEntry("speaker", "A prison official");
		assertThat(row.get("upper_bound")).isNull();
	}

	@Test
	void invalidInputIsShownBesideEachFieldAndInASummaryAndWritesNothing() throws Exception {
		long before = rows();
		Map<String, String> form = valid();
		form.put("value", "lots");
		// within the years a date may have, but ahead of today
		form.put("asOf", java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(40).toString());
		form.put("speaker", "");
		form.put("quote", "x".repeat(601));
		form.put("facility", "123456789");
		Page page = Pages.of(submit("/counts", form));
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#value-help .field-error")).isEqualTo("Enter a whole number.");
		assertThat(page.text("#asOf-help .field-error")).isEqualTo("This date is in the future.");
		assertThat(page.text("#speaker-help .field-error")).isEqualTo("This field is required.");
		assertThat(page.text("#quote-help .field-error")).isEqualTo("This is too long: at most 600 characters.");
		assertThat(page.text("#facility-help .field-error")).isEqualTo("Choose a facility from the list.");
		assertThat(page.document().select("#error-summary li")).hasSize(5);
		// the user's values are kept
		assertThat(page.document().select("textarea#quote").text()).hasSize(601);
		assertThat(page.document().select("input#value").attr("value")).isEqualTo("lots");
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void rangesNeedAnUpperValueNotBelowTheLowerOne() throws Exception {
		Map<String, String> form = valid();
		form.put("qualifier", "RANGE");
		form.put("value", "90");
		form.put("valueHigh", "60");
		assertThat(Pages.of(submit("/counts", form)).text("#valueHigh-help .field-error"))
			.isEqualTo("The upper value cannot be below the lower one.");
		form.remove("valueHigh");
		assertThat(Pages.of(submit("/counts", form)).text("#valueHigh-help .field-error"))
			.isEqualTo("A range needs its upper value.");
		form.put("qualifier", "OVER");
		form.put("valueHigh", "100");
		assertThat(Pages.of(submit("/counts", form)).text("#valueHigh-help .field-error")).startsWith("An upper value is only for ranges");
		form.put("qualifier", "FEWER_THAN");
		form.put("value", "0");
		form.remove("valueHigh");
		assertThat(Pages.of(submit("/counts", form)).text("#value-help .field-error")).startsWith("No number of people fits");
	}

	@Test
	void countsAreBetweenZeroAndTenMillion() throws Exception {
		Map<String, String> form = valid();
		form.put("value", "10000001");
		assertThat(Pages.of(submit("/counts", form)).text("#value-help .field-error"))
			.isEqualTo("Enter a whole number from 0 to 10,000,000.");
		form.put("value", "-5");
		assertThat(Pages.of(submit("/counts", form)).status()).isEqualTo(400);
		form.put("value", "10000000");
		assertThat(submit("/counts", form).getStatus()).isEqualTo(302);
	}

	@Test
	void aFigureCannotDescribeADateAfterItsSourceWasPublished() throws Exception {
		Map<String, String> form = valid();
		form.put("asOf", "2026-01-22");
		assertThat(Pages.of(submit("/counts", form)).text("#asOf-help .field-error"))
			.isEqualTo("The figure cannot describe a date after its source was published.");
	}

	@Test
	void aDuplicateAsksForConfirmationInsteadOfSavingASecondCopy() throws Exception {
		Map<String, String> form = valid();
		form.put("value", "4500");
		form.put("qualifier", "OVER");
		long before = rows();
		Page page = Pages.of(submit("/counts", form));
		assertThat(page.status()).isEqualTo(409);
		assertThat(page.text("#duplicate")).contains("already exists", "over 4,500");
		assertThat(rows()).isEqualTo(before);
		form.put("confirmDuplicate", "true");
		assertThat(submit("/counts", form).getStatus()).isEqualTo(302);
		assertThat(rows()).isEqualTo(before + 1);
	}

	@Test
	void anEditFromAStaleVersionIsAConflictThatOverwritesNothing() throws Exception {
		long id = id("select id from reported_count where value = 4500");
		Map<String, String> form = valid();
		form.put("value", "4600");
		form.put("version", "0");
		assertThat(submit("/counts/" + id, form).getStatus()).isEqualTo(302);
		form.put("value", "4800");
		form.put("speaker", "Someone else");
		Page conflict = Pages.of(submit("/counts/" + id, form));
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.text("#conflict")).contains("Someone else changed this record", "4600", "4800");
		assertThat(conflict.document().select("input[name=version]").attr("value")).isEqualTo("1");
		assertThat(jdbc.sql("select value from reported_count where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(4600);
	}

	@Test
	void aConflictShowsQualifiersInWordsAndDatesAtTheirPrecision() throws Exception {
		long id = id("select id from reported_count where value = 4500");
		Map<String, String> form = valid();
		form.put("version", "0");
		assertThat(submit("/counts/" + id, form).getStatus()).isEqualTo(302);
		form.put("qualifier", "NEARLY");
		form.put("asOf", "2026-01-01");
		form.put("asOfPrecision", "MONTH");
		Page conflict = Pages.of(submit("/counts/" + id, form));
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.text("#conflict")).contains("over", "nearly").doesNotContain("OVER", "NEARLY", "(DAY)");
		assertThat(conflict.document().select("#conflict tr:contains(As of) td").eachText())
			.containsExactly("As of", "21 January 2026", "January 2026");
	}

	@Test
	void aRetractedFigureIsNotEditedButRefusedWithAClearMessage() throws Exception {
		long id = id("select id from reported_count where value = 4500");
		long version = id("select version from reported_count where id = " + id);
		MockHttpServletRequestBuilder retract = post("/counts/" + id + "/retract").with(csrf())
			.with(user("editor").roles("EDITOR")).param("reason", "The outlet withdrew it.")
			.param("version", String.valueOf(version));
		assertThat(mvc.perform(retract).andReturn().getResponse().getStatus()).isEqualTo(302);

		Page edit = page(get("/counts/" + id + "/edit"));
		assertThat(edit.status()).isEqualTo(409);
		assertThat(edit.text("#retracted")).contains("retracted", "cannot be changed");
		assertThat(edit.document().select("form.record-form button[type=submit]")).isEmpty();

		Map<String, String> form = valid();
		form.put("value", "4600");
		form.put("version", String.valueOf(version + 1));
		Page refused = Pages.of(submit("/counts/" + id, form));
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.text("#error-summary")).contains("retracted", "cannot be changed");
		assertThat(jdbc.sql("select value from reported_count where id = ?").param(id).query(Integer.class).single())
			.isEqualTo(4500);
	}

	private Map<String, String> valid() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("facility", String.valueOf(panorama));
		form.put("cohort", String.valueOf(detainees));
		form.put("value", "4700");
		form.put("qualifier", "OVER");
		form.put("asOf", "2026-01-21");
		form.put("asOfPrecision", "DAY");
		form.put("source", String.valueOf(source));
		form.put("speaker", "A prison official");
		form.put("quote", "More than 4,700 are held here.");
		return form;
	}

	private MockHttpServletResponse submit(String path, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user("editor").roles("EDITOR"));
		fields.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse();
	}

	private Page page(MockHttpServletRequestBuilder request) throws Exception {
		return Pages.of(mvc.perform(request.with(user("editor").roles("EDITOR"))).andReturn().getResponse());
	}

	private long rows() {
		return id("select count(*) from reported_count");
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
