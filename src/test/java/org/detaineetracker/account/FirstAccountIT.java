package org.detaineetracker.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.TrackerApplication;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.WebSession;

/**
 * The administrator's account of a first start, on an embedded database of its own with no
 * accounts: made once the first page is out rather than while it is answered, in time for a
 * sign-in however soon it comes, and never with a password the rules refuse.
 */
class FirstAccountIT {

	private static final String PASSWORD = "first-account-password";

	@Test
	void theAccountIsMadeOnceTheFirstPageIsOutAndASignInRightAfterItWaitsForIt() throws Exception {
		Path dataDir = Files.createTempDirectory("tracker-first-account");
		// No timer to race: only a request may have the account made.
		try (ConfigurableApplicationContext app = TrackerApplication.application().run("--server.port=0",
				"--tracker.embedded-database.data-dir=" + dataDir, "--TRACKER_ADMIN_PASSWORD=" + PASSWORD,
				"--tracker.first-account.latest=10m")) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			assertThat(admins(jdbc)).as("before any request").isZero();

			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			assertThat(Pages.fetch(port, "/login", "text/html").status()).isEqualTo(200);
			// At once, while the account is being made: the sign-in waits for it rather than failing.
			WebSession admin = WebSession.signedIn(port, "admin", PASSWORD);

			assertThat(admins(jdbc)).isEqualTo(1);
			assertThat(admin.get("/admin/users").status()).isEqualTo(200);
			assertThat(WebSession.anonymous(port).signIn("admin", "not-the-password-at-all").header("Location"))
				.as("a wrong password is still refused").contains("/login?error");
		}
	}

	@Test
	void aPasswordTheRulesRefuseStopsTheStartAndMakesNoAccount() throws Exception {
		Path dataDir = Files.createTempDirectory("tracker-first-account");
		assertThatThrownBy(() -> TrackerApplication.application().run("--server.port=0",
				"--tracker.embedded-database.data-dir=" + dataDir, "--TRACKER_ADMIN_PASSWORD=short"))
			.hasMessageContaining("TRACKER_ADMIN_PASSWORD is refused: A password needs 12 to 128 characters");

		try (ConfigurableApplicationContext app = TrackerApplication.application().run("--server.port=0",
				"--tracker.embedded-database.data-dir=" + dataDir, "--TRACKER_ADMIN_PASSWORD=" + PASSWORD,
				"--tracker.first-account.latest=10m")) {
			assertThat(admins(app.getBean(JdbcClient.class))).as("none left by the refused start").isZero();
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			WebSession.signedIn(port, "admin", PASSWORD);
			assertThat(admins(app.getBean(JdbcClient.class))).isEqualTo(1);
		}
	}

	private static long admins(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from account where username = 'admin'").query(Long.class).single();
	}

}
