package org.detaineetracker.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.NewRows;
import org.detaineetracker.test.TrackerTest;

/**
 * A double click, two tabs or a retried request send the same new-record form twice at the same
 * moment: real threads against the real database, fifty times per form. Each time exactly one row is
 * written, and both answers lead to it.
 */
@TrackerTest
class DoubleSubmitTest {

	static final int TRIALS = 50;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	NewRows newRows;

	ExecutorService browsers;

	long facility;

	long otherFacility;

	long cohort;

	long source;

	@BeforeEach
	void mark() {
		newRows = NewRows.mark(jdbc);
		browsers = Executors.newFixedThreadPool(2);
		facility = id("select id from facility where slug = 'panorama-prison'");
		otherFacility = id("select id from facility where slug = 'al-hol-camp'");
		cohort = id("select id from cohort where slug = 'isis-detainees'");
		source = id("select id from source where published_precision = 'DAY' order by id limit 1");
	}

	@AfterEach
	void removeWhatTheTestWrote() {
		browsers.shutdownNow();
		newRows.remove();
	}

	@Test
	void everyNewRecordFormCarriesAOneTimeToken() throws Exception {
		for (String form : List.of("/counts/new", "/sources/new", "/movements/new", "/facilities/new", "/cohorts/new",
				"/holders/new", "/custody-periods/new")) {
			String page = mvc.perform(get(form).with(user("editor").roles("EDITOR"))).andReturn().getResponse()
				.getContentAsString();
			String token = Jsoup.parse(page).select("input[name=submissionToken]").val();
			assertThat(UUID.fromString(token)).as(form).isNotNull();
		}
	}

	@Test
	void aFigureSentTwiceAtOnceIsSavedOnce() throws Exception {
		int duplicates = race("/counts", "reported_count", trial -> {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("facility", String.valueOf(facility));
			form.put("cohort", String.valueOf(cohort));
			form.put("value", String.valueOf(7000 + trial));
			form.put("qualifier", "OVER");
			form.put("asOf", "2026-01-21");
			form.put("asOfPrecision", "DAY");
			form.put("source", String.valueOf(source));
			form.put("speaker", "A prison official");
			return form;
		});
		assertThat(duplicates).isZero();
	}

	@Test
	void aSourceSentTwiceAtOnceIsSavedOnce() throws Exception {
		int duplicates = race("/sources", "source", trial -> {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("outlet", "Double Click Daily");
			form.put("title", "Report number " + trial);
			form.put("kind", "NEWS");
			form.put("publishedOn", "2026-01-20");
			form.put("publishedPrecision", "DAY");
			return form;
		});
		assertThat(duplicates).isZero();
	}

	@Test
	void aMovementSentTwiceAtOnceIsSavedOnce() throws Exception {
		int duplicates = race("/movements", "movement", trial -> {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("kind", "TRANSFER");
			form.put("from", String.valueOf(facility));
			form.put("to", String.valueOf(otherFacility));
			form.put("cohort", String.valueOf(cohort));
			form.put("value", String.valueOf(100 + trial));
			form.put("qualifier", "EXACT");
			form.put("startedOn", LocalDate.of(2020, 1, 1).plusDays(trial).toString());
			form.put("startedPrecision", "DAY");
			form.put("status", "COMPLETED");
			form.put("tally", "BATCH");
			form.put("source", String.valueOf(source));
			form.put("speaker", "An official");
			return form;
		});
		assertThat(duplicates).isZero();
	}

	/**
	 * Without a token (a client that never opened the form) the same figure sent twice at once is
	 * still caught: the second is told of the first instead of saving a copy.
	 */
	@Test
	void theSameFigureSentTwiceWithoutATokenAsksForConfirmationInsteadOfSavingTwice() throws Exception {
		for (int trial = 0; trial < 20; trial++) {
			Map<String, String> form = new LinkedHashMap<>();
			form.put("facility", String.valueOf(facility));
			form.put("cohort", String.valueOf(cohort));
			form.put("value", String.valueOf(9000 + trial));
			form.put("qualifier", "EXACT");
			form.put("asOf", "2026-01-21");
			form.put("asOfPrecision", "DAY");
			form.put("source", String.valueOf(source));
			form.put("speaker", "A prison official");
			List<MockHttpServletResponse> answers = both("/counts", form);
			assertThat(answers.stream().map(MockHttpServletResponse::getStatus)).as("trial %d", trial)
				.containsExactlyInAnyOrder(302, 409);
			assertThat(jdbc.sql("select count(*) from reported_count where value = ? and facility_id = ? and speaker = ?")
				.params(9000 + trial, facility, "A prison official").query(Long.class).single()).isEqualTo(1);
		}
	}

	/** Sends each trial's form twice at once with one token; returns how many trials wrote more than one row. */
	private int race(String path, String table, IntFunction<Map<String, String>> formForTrial) throws Exception {
		int duplicates = 0;
		for (int trial = 0; trial < TRIALS; trial++) {
			Map<String, String> form = formForTrial.apply(trial);
			form.put("submissionToken", UUID.randomUUID().toString());
			long before = rows(table);
			List<MockHttpServletResponse> answers = both(path, form);
			assertThat(answers).as("trial %d", trial).allSatisfy(a -> assertThat(a.getStatus()).isEqualTo(302));
			assertThat(answers.get(0).getRedirectedUrl()).as("trial %d", trial)
				.isEqualTo(answers.get(1).getRedirectedUrl());
			long written = rows(table) - before;
			assertThat(written).as("trial %d", trial).isGreaterThanOrEqualTo(1);
			if (written > 1) {
				duplicates++;
			}
		}
		System.out.println("Double submit to " + path + ": " + TRIALS + " trials, " + duplicates + " with duplicates");
		return duplicates;
	}

	private List<MockHttpServletResponse> both(String path, Map<String, String> form) throws Exception {
		CyclicBarrier start = new CyclicBarrier(2);
		Future<MockHttpServletResponse> first = browsers.submit(() -> send(path, form, start));
		Future<MockHttpServletResponse> second = browsers.submit(() -> send(path, form, start));
		return List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS));
	}

	private MockHttpServletResponse send(String path, Map<String, String> form, CyclicBarrier start) throws Exception {
		var request = post(path).with(csrf()).with(user("editor").roles("EDITOR"));
		form.forEach(request::param);
		start.await(10, TimeUnit.SECONDS);
		return mvc.perform(request).andReturn().getResponse();
	}

	private long rows(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
