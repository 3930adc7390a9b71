package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import org.detaineetracker.TrackerApplication;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.WebSession;

/**
 * The database goes away while the application runs: pages answer 503 with a friendly page, health
 * says DOWN, and everything recovers by itself when the database returns. Uses a PostgreSQL server
 * of its own, so it can be stopped without disturbing other tests.
 */
class DatabaseOutageIT {

	private static final String ADMIN_PASSWORD = "outage-test-password";

	@Test
	void pagesAnswer503WhileTheDatabaseIsAwayAndRecoverWhenItReturns() throws Exception {
		Path data = Files.createTempDirectory("tracker-outage");
		EmbeddedPostgres postgres = start(data, 0);
		int pgPort = postgres.getPort();
		try (ConfigurableApplicationContext app = SpringApplication.run(TrackerApplication.class, "--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--TRACKER_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
				"--spring.datasource.hikari.connection-timeout=1000",
				"--spring.datasource.hikari.validation-timeout=500")) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			WebSession admin = WebSession.anonymous(port);
			admin.submit("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD));
			assertThat(admin.get("/facilities/panorama-prison").status()).isEqualTo(200);
			assertThat(Pages.fetch(port, "/actuator/health", "application/json").body()).contains("\"UP\"");

			postgres.close();
			Pages.Page away = admin.get("/facilities/panorama-prison");
			assertThat(away.status()).isEqualTo(503);
			assertThat(away.text("h1")).isEqualTo("The database is unavailable");
			assertThat(away.text("#reason")).contains("cannot be reached right now");
			assertThat(away.body()).doesNotContain("Exception", "at org.");
			Pages.Page health = Pages.fetch(port, "/actuator/health", "application/json");
			assertThat(health.status()).isEqualTo(503);
			assertThat(health.body()).contains("\"DOWN\"");

			postgres = start(data, pgPort);
			assertThat(firstSuccess(admin, "/facilities/panorama-prison", Duration.ofSeconds(30))).isEqualTo(200);
			assertThat(Pages.fetch(port, "/actuator/health", "application/json").body()).contains("\"UP\"");
		}
		finally {
			postgres.close();
		}
	}

	private static EmbeddedPostgres start(Path data, int port) throws java.io.IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false);
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	/** The pool notices the returned server on the next request; poll briefly rather than sleep a fixed time. */
	private static int firstSuccess(WebSession session, String path, Duration limit) throws Exception {
		Instant deadline = Instant.now().plus(limit);
		int status;
		do {
			status = session.get(path).status();
		}
		while (status != 200 && Instant.now().isBefore(deadline));
		return status;
	}

}
