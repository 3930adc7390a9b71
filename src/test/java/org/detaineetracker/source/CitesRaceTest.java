package org.detaineetracker.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

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
 * Two editors save "A cites B" and "B cites A" at the same moment, twenty times, with real threads
 * against the real database: never a loop; one save wins and the other is told, beside the field,
 * that it would make one (a 400, never a 500).
 */
@TrackerTest
class CitesRaceTest {

	static final int TRIALS = 20;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	NewRows newRows;

	ExecutorService editors;

	@BeforeEach
	void mark() {
		newRows = NewRows.mark(jdbc);
		editors = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void removeWhatTheTestWrote() {
		editors.shutdownNow();
		newRows.remove();
	}

	@Test
	void twoSourcesMadeToCiteEachOtherAtOnceNeverLoop() throws Exception {
		int loops = 0;
		for (int trial = 0; trial < TRIALS; trial++) {
			long a = source("Race A " + trial);
			long b = source("Race B " + trial);
			CyclicBarrier start = new CyclicBarrier(2);
			Future<MockHttpServletResponse> first = editors.submit(() -> cite(a, b, start));
			Future<MockHttpServletResponse> second = editors.submit(() -> cite(b, a, start));
			List<MockHttpServletResponse> answers = List.of(first.get(30, TimeUnit.SECONDS),
					second.get(30, TimeUnit.SECONDS));
			assertThat(answers.stream().map(MockHttpServletResponse::getStatus)).as("trial %d", trial)
				.containsExactlyInAnyOrder(302, 400);
			MockHttpServletResponse loser = answers.get(0).getStatus() == 400 ? answers.get(0) : answers.get(1);
			assertThat(Jsoup.parse(loser.getContentAsString()).select("#cites-help .field-error").text())
				.as("trial %d", trial).contains("loop");
			long citing = jdbc.sql("select count(*) from source where (id = ? and cites_id = ?) or (id = ? and cites_id = ?)")
				.params(a, b, b, a).query(Long.class).single();
			if (citing != 1) {
				loops++;
			}
		}
		System.out.println("Cites race: " + TRIALS + " trials, " + loops + " loops");
		assertThat(loops).isZero();
	}

	private long source(String title) {
		return jdbc.sql("""
				insert into source (outlet, title, kind, published_on, published_precision)
				values ('Race Wire', ?, 'NEWS', '2026-01-20', 'DAY') returning id""").param(title).query(Long.class).single();
	}

	private MockHttpServletResponse cite(long id, long cited, CyclicBarrier start) throws Exception {
		String title = jdbc.sql("select title from source where id = ?").param(id).query(String.class).single();
		var request = post("/sources/" + id).with(csrf()).with(user("editor").roles("EDITOR"))
			.param("outlet", "Race Wire")
			.param("title", title)
			.param("kind", "NEWS")
			.param("publishedOn", "2026-01-20")
			.param("publishedPrecision", "DAY")
			.param("cites", String.valueOf(cited))
			.param("version", "0");
		start.await(10, TimeUnit.SECONDS);
		return mvc.perform(request).andReturn().getResponse();
	}

}
