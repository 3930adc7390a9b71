package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

/**
 * The embedded server is the newcomer's production database: a write it acknowledged survives the
 * server dying mid-write. Starts the server as the application does, commits rows one by one from a
 * thread, kills the postmaster with SIGQUIT (an immediate stop: no checkpoint, no flush), restarts on
 * the same folder and looks for every acknowledged id.
 */
class EmbeddedDatabaseCrashIT {

	static final int ROWS = 5_000;

	static final int KILL_AFTER = 400;

	@Test
	void theEmbeddedServerRunsWithDurableSettings() throws Exception {
		Path cluster = Files.createTempDirectory("tracker-durable").resolve("postgresql");
		try (EmbeddedPostgres postgres = EmbeddedPostgresAutoConfiguration.durable(cluster, 0).start();
				Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
				try (ResultSet shown = statement.executeQuery("show " + setting)) {
					shown.next();
					assertThat(shown.getString(1)).as(setting).isEqualTo("on");
				}
			}
		}
	}

	@Test
	void everyAcknowledgedWriteSurvivesAKilledPostmaster() throws Exception {
		Path cluster = Files.createTempDirectory("tracker-crash").resolve("postgresql");
		EmbeddedPostgres postgres = EmbeddedPostgresAutoConfiguration.durable(cluster, 0).start();
		String url = postgres.getJdbcUrl("postgres", "postgres");
		try (Connection setup = DriverManager.getConnection(url)) {
			setup.createStatement().execute("create table acknowledged (id int primary key, payload text not null)");
		}
		List<Integer> acknowledged = new CopyOnWriteArrayList<>();
		CountDownLatch enough = new CountDownLatch(KILL_AFTER);
		Thread writer = new Thread(() -> {
			try (Connection connection = DriverManager.getConnection(url);
					PreparedStatement insert = connection
						.prepareStatement("insert into acknowledged (id, payload) values (?, repeat('x', 200))")) {
				for (int id = 1; id <= ROWS; id++) {
					insert.setInt(1, id);
					insert.executeUpdate(); // autocommit: returning means the commit was acknowledged
					acknowledged.add(id);
					enough.countDown();
				}
			}
			catch (SQLException killed) {
				// the server went away mid-write: what was acknowledged so far is the test's subject
			}
		}, "acknowledged-writer");
		writer.start();
		assertThat(enough.await(60, TimeUnit.SECONDS)).as("the writer got going").isTrue();
		long postmaster = Postmasters.of(cluster);
		Process kill = new ProcessBuilder("kill", "-QUIT", String.valueOf(postmaster)).inheritIO().start();
		assertThat(kill.waitFor()).isZero();
		writer.join(TimeUnit.SECONDS.toMillis(60));
		assertThat(writer.isAlive()).isFalse();
		assertThat(acknowledged.size()).as("killed mid-write").isBetween(KILL_AFTER, ROWS - 1);
		Postmasters.awaitExit(postmaster);
		closeQuietly(postgres);

		try (EmbeddedPostgres restarted = EmbeddedPostgresAutoConfiguration.durable(cluster, 0).start();
				Connection connection = restarted.getPostgresDatabase().getConnection();
				ResultSet rows = connection.createStatement().executeQuery("select id from acknowledged")) {
			Set<Integer> present = new HashSet<>();
			while (rows.next()) {
				present.add(rows.getInt(1));
			}
			List<Integer> lost = new ArrayList<>(acknowledged);
			lost.removeAll(present);
			System.out.println("Crash test: " + acknowledged.size() + " acknowledged, " + present.size()
					+ " present after restart, " + lost.size() + " lost");
			assertThat(lost).as("acknowledged writes lost").isEmpty();
		}
	}

	/** Stopping a killed server fails (there is nothing to stop); releasing its lock is what matters. */
	private static void closeQuietly(EmbeddedPostgres postgres) {
		try {
			postgres.close();
		}
		catch (IOException | RuntimeException alreadyGone) {
			// expected: pg_ctl finds no server
		}
	}

}
