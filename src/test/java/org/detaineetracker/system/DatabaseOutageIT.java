package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.TrackerApplication;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.WebSession;

/**
 * The database goes away while the application runs: pages answer 503 with a friendly page, the API
 * a 503 problem with Retry-After, sign-in says the service is unavailable (not a wrong password),
 * health says DOWN, each within the documented bound (a request waits at most the pool's
 * connection timeout, 3 s), and everything recovers by itself when the database returns. Uses a
 * PostgreSQL server of its own, so it can be stopped without disturbing other tests.
 */
class DatabaseOutageIT {

	private static final String ADMIN_PASSWORD = "outage-test-password";

	/** README: "every request answers within about 3 s (the pool's connection timeout"; a little for the answer itself. */
	private static final Duration BOUND = Duration.ofMillis(3000 + 500);

	@Test
	void pagesAnswer503WhileTheDatabaseIsAwayAndRecoverWhenItReturns() throws Exception {
		Path data = Files.createTempDirectory("tracker-outage");
		EmbeddedPostgres postgres = start(data, 0);
		int pgPort = postgres.getPort();
		try (ConfigurableApplicationContext app = SpringApplication.run(TrackerApplication.class, "--server.port=0",
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
				"--spring.datasource.username=postgres", "--TRACKER_ADMIN_PASSWORD=" + ADMIN_PASSWORD)) {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			WebSession admin = WebSession.anonymous(port);
			admin.submit("/login", Map.of("username", "admin", "password", ADMIN_PASSWORD));
			assertThat(admin.get("/facilities/panorama-prison").status()).isEqualTo(200);
			assertThat(Pages.fetch(port, "/actuator/health", "application/json").body()).contains("\"UP\"");

			JdbcClient jdbc = app.getBean(JdbcClient.class);
			Map<String, String> figure = new LinkedHashMap<>();
			figure.put("facility", id(jdbc, "select id from facility where slug = 'panorama-prison'"));
			figure.put("cohort", id(jdbc, "select id from cohort where slug = 'isis-detainees'"));
			figure.put("value", "4700");
			figure.put("qualifier", "OVER");
			figure.put("asOf", "2026-01-21");
			figure.put("asOfPrecision", "DAY");
			figure.put("source", id(jdbc, "select min(id) from source where published_precision = 'DAY'"));
			figure.put("speaker", "A prison official");

			// The form's CSRF token, read while the database is up: WebSession.submit reads it from a page,
			// which during an outage would be a second request in the time measured for the POST.
			figure.put("_csrf", admin.csrfToken());

			postgres.close();
			Map<String, Duration> took = new LinkedHashMap<>();
			Pages.Page away = timed(took, "GET /facilities/panorama-prison", () -> admin.get("/facilities/panorama-prison"));
			assertThat(away.status()).isEqualTo(503);
			assertThat(away.header("Retry-After")).isEqualTo("30");
			assertThat(away.text("h1")).isEqualTo("The database is unavailable");
			assertThat(away.text("#reason")).contains("cannot be reached right now");
			assertThat(away.body()).doesNotContain("Exception", "at org.");
			Pages.Page health = timed(took, "GET /actuator/health",
					() -> Pages.fetch(port, "/actuator/health", "application/json"));
			assertThat(health.status()).isEqualTo(503);
			assertThat(health.body()).contains("\"DOWN\"");

			for (String api : List.of("/api/facilities", "/api/facilities/panorama-prison",
					"/api/facilities/panorama-prison/counts", "/api/sources/1")) {
				Pages.Page problem = timed(took, "GET " + api, () -> admin.get(api, "application/json"));
				assertThat(problem.status()).as(api).isEqualTo(503);
				assertThat(problem.contentType()).as(api).startsWith("application/problem+json");
				assertThat(problem.header("Retry-After")).as(api).isEqualTo("30");
				assertThat(problem.body()).as(api)
					.contains("\"status\":503", "\"reason\":\"The database cannot be reached right now.", "\"reference\"")
					.doesNotContain("Exception");
			}
			for (String page : List.of("/counts/new", "/admin/export", "/admin/export/reported-counts.csv")) {
				assertThat(timed(took, "GET " + page, () -> admin.get(page)).status()).as(page).isEqualTo(503);
			}
			Pages.Page saved = timed(took, "POST /counts", () -> admin.post("/counts", figure));
			assertThat(saved.status()).isEqualTo(503);
			assertThat(saved.text("#reason")).contains("cannot be reached right now");

			WebSession visitor = WebSession.anonymous(port);
			Pages.Page signIn = timed(took, "POST /login", () -> visitor.signIn("admin", ADMIN_PASSWORD));
			assertThat(signIn.header("Location")).endsWith("/login?unavailable");
			Pages.Page told = visitor.get("/login?unavailable");
			assertThat(told.text("#login-unavailable")).contains("unavailable, try again shortly");
			assertThat(told.body()).doesNotContain("Wrong username or password");

			System.out.println("During the outage: " + took);
			assertThat(took).allSatisfy((request, duration) -> assertThat(duration).as(request).isLessThan(BOUND));

			postgres = start(data, pgPort);
			assertThat(firstSuccess(admin, "/facilities/panorama-prison", Duration.ofSeconds(30))).isEqualTo(200);
			assertThat(Pages.fetch(port, "/actuator/health", "application/json").body()).contains("\"UP\"");
		}
		finally {
			postgres.close();
		}
	}

	interface Request {

		Pages.Page send() throws Exception;

	}

	private static Pages.Page timed(Map<String, Duration> took, String name, Request request) throws Exception {
		long started = System.nanoTime();
		Pages.Page page = request.send();
		took.put(name, Duration.ofNanos(System.nanoTime() - started));
		return page;
	}

	private static String id(JdbcClient jdbc, String sql) {
		return String.valueOf(jdbc.sql(sql).query(Long.class).single());
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
