package org.detaineetracker.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/**
 * Revisions are written when a transaction commits, so these tests commit for real, on a facility
 * of their own that is removed afterwards.
 */
@TrackerTest
class CountHistoryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long facility;

	long cohort;

	long source;

	@BeforeEach
	void aFacilityOfItsOwn() {
		jdbc.sql("insert into facility (slug, name, kind, country_code) values ('history-test-prison', 'History test prison', "
				+ "'PRISON', 'SY')").update();
		facility = id("select id from facility where slug = 'history-test-prison'");
		cohort = id("select id from cohort where slug = 'isis-detainees'");
		source = id("select id from source where published_precision = 'DAY'");
	}

	@AfterEach
	void removeIt() {
		jdbc.sql("delete from reported_count where facility_id = ?").param(facility).update();
		jdbc.sql("delete from facility where id = ?").param(facility).update();
	}

	@Test
	void eachSuccessfulWriteIsOneRevisionWithItsAccount() throws Exception {
		long revisions = id("select count(*) from revision");
		long id = create();
		Map<String, String> form = valid();
		form.put("speaker", "A corrected speaker");
		form.put("version", "0");
		assertThat(submit("/counts/" + id, form, "editor").getStatus()).isEqualTo(302);
		assertThat(mvc.perform(post("/counts/" + id + "/retract").param("version", "1").param("reason", "Wrong facility")
			.with(csrf()).with(user("chief").roles("ADMIN"))).andReturn().getResponse().getStatus()).isEqualTo(302);
		// refused writes make no revision
		assertThat(submit("/counts", Map.of("value", "x"), "editor").getStatus()).isEqualTo(400);
		Map<String, String> stale = valid();
		stale.put("version", "0");
		assertThat(submit("/counts/" + id, stale, "editor").getStatus()).isEqualTo(409);

		assertThat(id("select count(*) from revision")).isEqualTo(revisions + 3);
		assertThat(jdbc.sql("select r.username from reported_count_aud a join revision r on r.id = a.rev "
				+ "where a.id = ? order by a.rev").param(id).query(String.class).list())
			.containsExactly("editor", "editor", "chief");
	}

	@Test
	void theFigureAndTheFacilityShowWhoChangedWhatOldValueToNew() throws Exception {
		long id = create();
		Map<String, String> form = valid();
		form.put("value", "4600");
		form.put("version", "0");
		submit("/counts/" + id, form, "second-editor");

		Page count = page("/counts/" + id);
		assertThat(count.text("h1")).isEqualTo("over 4,600 ISIS detainees at History test prison");
		assertThat(count.document().select("#history ol.history > li")).hasSize(2);
		assertThat(count.text("#history ol.history > li:first-child")).contains("second-editor changed",
				"Value: 4700 → 4600");
		assertThat(count.text("#history ol.history > li:last-child")).contains("editor created");

		Page history = page("/facilities/history-test-prison/history");
		assertThat(history.text("#history")).contains("second-editor changed figure " + id, "Value: 4700 → 4600",
				"editor created figure " + id);
		assertThat(history.document().select("#history a[href=/counts/" + id + "]")).as("each entry leads to its figure")
			.hasSize(2);
	}

	@Test
	void aRetractedFigureStaysVisibleMarkedWithItsReason() throws Exception {
		long id = create();
		Page empty = Pages.of(mvc.perform(post("/counts/" + id + "/retract").param("version", "0").param("reason", " ")
			.with(csrf()).with(user("editor").roles("EDITOR"))).andReturn().getResponse());
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.text("#error-summary")).isEqualTo("This field is required.");
		MockHttpServletResponse retracted = mvc.perform(post("/counts/" + id + "/retract").param("version", "0")
			.param("reason", "The outlet corrected the figure.").with(csrf()).with(user("editor").roles("EDITOR")))
			.andReturn().getResponse();
		assertThat(retracted.getStatus()).isEqualTo(302);

		Page facilityPage = page("/facilities/history-test-prison");
		assertThat(facilityPage.document().select("#count-" + id).hasClass("retracted")).isTrue();
		assertThat(facilityPage.text("#count-" + id)).contains("Retracted", "The outlet corrected the figure.");
		Page count = page("/counts/" + id);
		assertThat(count.text("#retraction")).contains("The outlet corrected the figure.");
		assertThat(count.text("#history")).contains("Status: ACTIVE → RETRACTED",
				"Retraction reason: (empty) → The outlet corrected the figure.");
		assertThat(jdbc.sql("select count(*) from reported_count where id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
	}

	private long create() throws Exception {
		MockHttpServletResponse created = submit("/counts", valid(), "editor");
		assertThat(created.getStatus()).isEqualTo(302);
		return Long.parseLong(created.getRedirectedUrl().substring("/counts/".length()));
	}

	private Map<String, String> valid() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("facility", String.valueOf(facility));
		form.put("cohort", String.valueOf(cohort));
		form.put("value", "4700");
		form.put("qualifier", "OVER");
		form.put("asOf", "2026-01-21");
		form.put("asOfPrecision", "DAY");
		form.put("source", String.valueOf(source));
		form.put("speaker", "A prison official");
		return form;
	}

	private MockHttpServletResponse submit(String path, Map<String, String> fields, String editor) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(csrf()).with(user(editor).roles("EDITOR"));
		fields.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse();
	}

	private Page page(String path) throws Exception {
		return Pages.of(mvc.perform(get(path).with(user("analyst").roles("ANALYST"))).andReturn().getResponse());
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
