package org.detaineetracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;

/**
 * A change to an account reaches the sessions it already has, at their next request, over real
 * HTTP: they end and go to the sign-in page, so the old role, state or password buys nothing more.
 */
@TrackerServerTest
class AccountSessionsIT {

	static final String PASSWORD = "sessions-test-password";

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDemotedAdminsOpenSessionLosesTheAdminPagesAtOnce() throws Exception {
		Account demoted = accounts.create("demoted-admin", PASSWORD, Role.ADMIN);
		WebSession open = WebSession.signedIn(port, "demoted-admin", PASSWORD);
		assertThat(open.get("/admin/users").status()).isEqualTo(200);
		String token = open.csrfToken();

		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		assertThat(admin.submit("/admin/users/" + demoted.getId() + "/role", Map.of("role", "ANALYST")).status())
			.isEqualTo(302);

		Page users = open.get("/admin/users");
		assertThat(users.status()).isEqualTo(302);
		assertThat(users.header("Location")).endsWith("/login");
		// nor can the old session create an admin to come back with
		Page created = open.post("/admin/users",
				Map.of("username", "comeback", "password", "comeback-password", "role", "ADMIN", "_csrf", token));
		assertThat(created.status()).isIn(302, 403);
		assertThat(created.header("Location")).satisfiesAnyOf(l -> assertThat(l).isNull(), l -> assertThat(l).endsWith("/login"));
		assertThat(accounts.byUsername("comeback")).isEmpty();
		// signing in again gives the new role
		WebSession again = WebSession.signedIn(port, "demoted-admin", PASSWORD);
		assertThat(again.get("/admin/users").status()).isEqualTo(403);
		assertThat(again.get("/facilities").status()).isEqualTo(200);
	}

	@Test
	void aDisabledEditorsOpenSessionCanNoLongerWrite() throws Exception {
		Account editor = accounts.create("disabled-editor", PASSWORD, Role.EDITOR);
		WebSession open = WebSession.signedIn(port, "disabled-editor", PASSWORD);
		assertThat(open.get("/cohorts/new").status()).isEqualTo(200);
		String token = open.csrfToken();

		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		admin.submit("/admin/users/" + editor.getId() + "/enabled", Map.of("enabled", "false"));

		Page saved = open.post("/cohorts", Map.of("slug", "written-after-disabling", "name", "Written after disabling",
				"_csrf", token));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.header("Location")).endsWith("/login");
		assertThat(open.get("/facilities").header("Location")).endsWith("/login");
	}

	@Test
	void aPasswordResetEndsTheSessionsSignedInWithTheOldOne() throws Exception {
		Account analyst = accounts.create("reset-analyst", PASSWORD, Role.ANALYST);
		WebSession open = WebSession.signedIn(port, "reset-analyst", PASSWORD);
		assertThat(open.get("/facilities").status()).isEqualTo(200);

		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		admin.submit("/admin/users/" + analyst.getId() + "/password", Map.of("password", "a-brand-new-password"));

		assertThat(open.get("/facilities").header("Location")).endsWith("/login");
		assertThat(WebSession.signedIn(port, "reset-analyst", "a-brand-new-password").get("/facilities").status())
			.isEqualTo(200);
	}

	@Test
	void onesOwnNewPasswordEndsOnesOtherSessionsButNotThisOne() throws Exception {
		Account self = accounts.create("self-changer", PASSWORD, Role.ADMIN);
		WebSession here = WebSession.signedIn(port, "self-changer", PASSWORD);
		WebSession elsewhere = WebSession.signedIn(port, "self-changer", PASSWORD);
		assertThat(elsewhere.get("/admin/users").status()).isEqualTo(200);

		assertThat(here.submit("/admin/users/" + self.getId() + "/password", Map.of("password", "my-own-new-password"))
			.status()).isEqualTo(302);

		Page users = here.get("/admin/users");
		assertThat(users.status()).isEqualTo(200);
		assertThat(users.text("#confirmation")).isEqualTo("Password reset.");
		assertThat(elsewhere.get("/admin/users").header("Location")).endsWith("/login");
		// other tests count the admins
		jdbc.sql("update account set enabled = false where id = ?").param(self.getId()).update();
	}

	@Test
	void aSessionWithNoChangeKeepsWorking() throws Exception {
		accounts.create("unchanged", PASSWORD, Role.EDITOR);
		WebSession open = WebSession.signedIn(port, "unchanged", PASSWORD);
		for (int i = 0; i < 3; i++) {
			assertThat(open.get("/counts/new").status()).isEqualTo(200);
		}
	}

}
