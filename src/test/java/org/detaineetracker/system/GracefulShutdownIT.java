package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.WebSession;

/**
 * Stopping the application (SIGTERM, as {@code docker stop}, systemd or Ctrl-C send it) lets the
 * requests under way finish before the embedded database goes. The packaged jar runs in a process of
 * its own, since only a real exit runs the JVM's shutdown hooks; the test holds a lock on the table a
 * request reads, so that the request is certainly still waiting on the database when the stop comes.
 */
class GracefulShutdownIT {

	private static final String PASSWORD = "graceful-shutdown-test-password";

	private Process application;

	private Path data;

	/**
	 * After a failure: stops the application as an operator would, and then the server if it is still
	 * there (a forced stop skips the context's close, and the server would outlive the test run).
	 */
	@AfterEach
	void stopWhatIsLeft() throws Exception {
		if (application != null && application.isAlive()) {
			application.destroy();
			if (!application.waitFor(60, TimeUnit.SECONDS)) {
				application.destroyForcibly();
			}
		}
		if (data != null) {
			EmbeddedDatabaseInUse.postmaster(data.resolve("postgresql"))
				.ifPresent(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy));
		}
	}

	@Test
	void aRequestUnderWayWhenTheApplicationIsStoppedStillGetsItsAnswer() throws Exception {
		data = Files.createTempDirectory("tracker-graceful");
		Path log = data.resolve("application.log");
		int port = freePort();
		int databasePort = freePort();
		ProcessBuilder launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", PackagedJarIT.packagedJar().toAbsolutePath().toString(), "--server.port=" + port,
				"--tracker.embedded-database.data-dir=" + data, "--tracker.embedded-database.port=" + databasePort)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		launch.environment().put("TRACKER_ADMIN_PASSWORD", PASSWORD);
		application = launch.start();
		// Ready, not only started: the first account is made after "Started" is logged, and readiness
		// comes once it has been.
		WebSession visitor = WebSession.anonymous(port);
		await(Duration.ofMinutes(3), () -> ready(visitor), log, "the application to be ready");
		WebSession admin = WebSession.signedIn(port, "admin", PASSWORD);
		long postmaster = Postmasters.of(data.resolve("postgresql"));
		String databasePassword = EmbeddedDatabasePassword.kept(data.resolve("postgresql")).orElseThrow();
		assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/postgres",
				"postgres", null))
			.as("the embedded server lets nobody in without its password")
			.isInstanceOf(SQLException.class);

		try (Connection holder = DriverManager.getConnection("jdbc:postgresql://localhost:" + databasePort + "/postgres",
				"postgres", databasePassword)) {
			holder.setAutoCommit(false);
			try (Statement lock = holder.createStatement()) {
				lock.execute("lock table facility in access exclusive mode");
			}
			CompletableFuture<Page> request = CompletableFuture.supplyAsync(() -> {
				try {
					return admin.get("/api/facilities?q=panorama", "application/json");
				}
				catch (IOException | InterruptedException failed) {
					throw new IllegalStateException(failed);
				}
			});
			await(Duration.ofSeconds(30), () -> waitingOnALock(databasePort, databasePassword), log,
					"the request to wait on the lock");

			application.destroy(); // SIGTERM
			await(Duration.ofSeconds(30), () -> logged(log, "Commencing graceful shutdown"), log,
					"the graceful shutdown to begin");
			// Before the fix the library's own shutdown hook stopped the server within a few tenths of a
			// second, ending this connection and failing the request with a 503.
			Thread.sleep(2_000);
			assertThat(Postmasters.alive(postmaster)).as("the database while a request is under way").isTrue();
			holder.commit();

			Page answer = request.get(30, TimeUnit.SECONDS);
			assertThat(answer.status()).as("the request under way at the stop").isEqualTo(200);
			assertThat(answer.body()).contains("panorama-prison");
		}

		assertThat(application.waitFor(60, TimeUnit.SECONDS)).as("the application exited").isTrue();
		Postmasters.awaitExit(postmaster);
		assertThat(Postmasters.alive(postmaster)).as("the database stopped with it, not left running").isFalse();
		assertThat(data.resolve("postgresql/postmaster.pid")).doesNotExist();
		List<String> warnings = Files.readAllLines(log)
			.stream()
			.dropWhile(line -> !line.contains("Commencing graceful shutdown"))
			.filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
			.toList();
		assertThat(warnings).as("warnings and errors while stopping").isEmpty();
	}

	private static boolean waitingOnALock(int databasePort, String databasePassword) {
		try (Connection connection = DriverManager.getConnection(
				"jdbc:postgresql://localhost:" + databasePort + "/postgres", "postgres", databasePassword);
				ResultSet waiting = connection.createStatement()
					.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
			waiting.next();
			return waiting.getInt(1) > 0;
		}
		catch (SQLException notYet) {
			return false;
		}
	}

	private static boolean ready(WebSession visitor) {
		try {
			return visitor.get("/actuator/health/readiness", "application/json").status() == 200;
		}
		catch (IOException notYet) {
			return false;
		}
		catch (InterruptedException stopped) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static boolean logged(Path log, String text) {
		try {
			return Files.readString(log).contains(text);
		}
		catch (IOException notYet) {
			return false;
		}
	}

	private void await(Duration limit, BooleanSupplier condition, Path log, String what) throws Exception {
		Instant until = Instant.now().plus(limit);
		while (!condition.getAsBoolean()) {
			if (!application.isAlive()) {
				throw new AssertionError("the application ended while waiting for " + what + ":\n" + tail(log));
			}
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("no " + what + " within " + limit + ":\n" + tail(log));
			}
			Thread.sleep(100);
		}
	}

	private static String tail(Path log) throws IOException {
		List<String> lines = Files.readAllLines(log);
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
