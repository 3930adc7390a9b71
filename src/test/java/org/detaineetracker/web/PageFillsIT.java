package org.detaineetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TestDatabase;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;

/**
 * More readers than the database pool has connections, all asking for pages that must be worked
 * out again, while the work is slow: every one of them gets its page, none a 503. Filling a page
 * holds a connection for as long as its transaction waits (here on a lock, at a million figures on
 * the whole picture another reader is working out); readers past the limit wait for their turn
 * holding none, so no one waits out the pool's 3 s.
 */
@TrackerServerTest
class PageFillsIT {

	/** Longer than the pool's connection timeout (3 s), the wait that used to end in a 503. */
	static final long SLOW_MILLIS = 4_500;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Value("${spring.datasource.hikari.maximum-pool-size}")
	int connections;

	@Test
	void readersBeyondThePoolGetTheirPagesWhileTheWorkIsSlow() throws Exception {
		List<String> slugs = jdbc.sql("select slug from facility where kind <> 'GROUP' order by id")
			.query(String.class)
			.list();
		int readers = connections + 6;
		List<WebSession> sessions = new ArrayList<>();
		for (int i = 0; i < readers; i++) {
			sessions.add(WebSession.signedIn(port, TestAccounts.ANALYST));
		}
		// A write: no page is kept any more, each must be filled again.
		jdbc.sql("update facility set name = name where slug = ?").param(slugs.get(0)).update();

		TestDatabase.Coordinates database = TestDatabase.database();
		ExecutorService pool = Executors.newFixedThreadPool(readers);
		List<Future<Integer>> answers = new ArrayList<>();
		try (Connection blocker = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password())) {
			blocker.setAutoCommit(false);
			try (Statement lock = blocker.createStatement()) {
				lock.execute("lock table facility in access exclusive mode");
			}
			for (int i = 0; i < readers; i++) {
				WebSession session = sessions.get(i);
				String path = "/facilities/" + slugs.get(i % slugs.size());
				answers.add(pool.submit(() -> session.get(path).status()));
			}
			Thread.sleep(SLOW_MILLIS);
			blocker.rollback();
		}
		List<Integer> statuses = new ArrayList<>();
		try {
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(statuses).as("%d readers, %d connections", readers, connections).hasSize(readers).containsOnly(200);
	}

}
