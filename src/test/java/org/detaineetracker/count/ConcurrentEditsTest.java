package org.detaineetracker.count;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.detaineetracker.test.TrackerTest;

/**
 * Two editors save the same figure from the same version at the same moment, a hundred times: each
 * time exactly one save wins, the other is told of the conflict, and the stored figure is the
 * winner's — no update is ever lost silently.
 */
@TrackerTest
class ConcurrentEditsTest {

	static final int RACES = 100;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	long facility;

	long count;

	@BeforeEach
	void aFigureToFightOver() {
		jdbc.sql("insert into facility (slug, name, kind, country_code) values ('race-test-prison', 'Race test prison', "
				+ "'PRISON', 'SY')").update();
		facility = jdbc.sql("select id from facility where slug = 'race-test-prison'").query(Long.class).single();
		jdbc.sql("""
				insert into reported_count (facility_id, cohort_id, value, qualifier, lower_bound, upper_bound, as_of,
				                            as_of_precision, source_id, speaker, recorded_by)
				select ?, c.id, 100, 'EXACT', 100, 100, '2026-01-21', 'DAY', s.id, 'nobody yet', 'test'
				from cohort c, source s where c.slug = 'isis-detainees' and s.published_precision = 'DAY'""")
			.param(facility)
			.update();
		count = jdbc.sql("select id from reported_count where facility_id = ?").param(facility).query(Long.class).single();
	}

	@AfterEach
	void cleanUp() {
		jdbc.sql("delete from reported_count where facility_id = ?").param(facility).update();
		jdbc.sql("delete from facility where id = ?").param(facility).update();
	}

	@Test
	void everyRaceHasOneWinnerAndOneDetectedConflict() throws Exception {
		ExecutorService editors = Executors.newFixedThreadPool(2);
		int conflicts = 0;
		int lostUpdates = 0;
		try {
			for (int race = 0; race < RACES; race++) {
				long version = jdbc.sql("select version from reported_count where id = ?").param(count)
					.query(Long.class).single();
				CyclicBarrier start = new CyclicBarrier(2);
				String firstSpeaker = "first-" + race;
				String secondSpeaker = "second-" + race;
				Future<Integer> first = editors.submit(() -> save(firstSpeaker, version, start));
				Future<Integer> second = editors.submit(() -> save(secondSpeaker, version, start));
				int a = first.get(30, TimeUnit.SECONDS);
				int b = second.get(30, TimeUnit.SECONDS);
				assertThat(List.of(a, b)).as("race %d", race).containsExactlyInAnyOrder(302, 409);
				conflicts++;
				String winner = a == 302 ? firstSpeaker : secondSpeaker;
				Map<String, Object> stored = jdbc.sql("select speaker, version from reported_count where id = ?")
					.param(count).query().singleRow();
				if (!winner.equals(stored.get("speaker")) || ((Number) stored.get("version")).longValue() != version + 1) {
					lostUpdates++;
				}
			}
		}
		finally {
			editors.shutdownNow();
		}
		System.out.println("Concurrent edits: " + RACES + " races, " + conflicts + " conflicts detected, " + lostUpdates
				+ " lost updates");
		assertThat(conflicts).isEqualTo(RACES);
		assertThat(lostUpdates).isZero();
	}

	private int save(String speaker, long version, CyclicBarrier start) throws Exception {
		Map<String, Object> row = jdbc.sql("select facility_id, cohort_id, source_id from reported_count where id = ?")
			.param(count).query().singleRow();
		var request = post("/counts/" + count).with(csrf())
			.with(user(speaker.startsWith("first") ? "editor-one" : "editor-two").roles("EDITOR"))
			.param("facility", row.get("facility_id").toString())
			.param("cohort", row.get("cohort_id").toString())
			.param("source", row.get("source_id").toString())
			.param("value", "100")
			.param("qualifier", "EXACT")
			.param("asOf", "2026-01-21")
			.param("asOfPrecision", "DAY")
			.param("speaker", speaker)
			.param("version", String.valueOf(version));
		start.await(10, TimeUnit.SECONDS);
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

}
