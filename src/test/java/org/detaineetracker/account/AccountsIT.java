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

/** Accounts over real HTTP: what admins can do, what protects sign-in, and what every response carries. */
@TrackerServerTest
class AccountsIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	/** The start-up check that creates the first admin (its other side is EmbeddedDatabaseIT's first start). */
	@Test
	void theStartUpCheckSeesTheAccountsThatExist() {
		assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isPositive();
		assertThat(accounts.none()).isFalse();
	}

	@Test
	void anAdminCreatesAnAccountThatCanSignInWithItsRole() throws Exception {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		Page created = admin.submit("/admin/users",
				Map.of("username", "new-analyst", "password", "a-long-enough-password", "role", "ANALYST"));
		assertThat(created.status()).isEqualTo(302);
		Page list = admin.get("/admin/users");
		assertThat(list.text("#confirmation")).isEqualTo("Account new-analyst created.");
		assertThat(list.text("#account-new-analyst")).contains("new-analyst", "active");

		WebSession analyst = WebSession.signedIn(port, "new-analyst", "a-long-enough-password");
		assertThat(analyst.get("/facilities").status()).isEqualTo(200);
		assertThat(analyst.get("/counts/new").status()).isEqualTo(403);
		assertThat(analyst.get("/admin/users").status()).isEqualTo(403);
		String passwordHash = jdbc.sql("select password_hash from account where username = 'new-analyst'")
			.query(String.class).single();
		assertThat(passwordHash).startsWith("{argon2}").doesNotContain("a-long-enough-password");
	}

	@Test
	void badAccountInputIsRefusedWithAReasonAndWritesNothing() throws Exception {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		long before = jdbc.sql("select count(*) from account").query(Long.class).single();
		Page shortPassword = admin.submit("/admin/users", Map.of("username", "someone", "password", "short", "role", "EDITOR"));
		assertThat(shortPassword.status()).isEqualTo(400);
		assertThat(shortPassword.text("#form-error")).contains("12 to 128 characters");
		Page badName = admin.submit("/admin/users",
				Map.of("username", "Not Valid!", "password", "a-long-enough-password", "role", "EDITOR"));
		assertThat(badName.status()).isEqualTo(400);
		Page badRole = admin.submit("/admin/users",
				Map.of("username", "someone", "password", "a-long-enough-password", "role", "SUPERUSER"));
		assertThat(badRole.status()).isEqualTo(400);
		Page taken = admin.submit("/admin/users",
				Map.of("username", TestAccounts.EDITOR, "password", "a-long-enough-password", "role", "EDITOR"));
		assertThat(taken.status()).isEqualTo(409);
		assertThat(jdbc.sql("select count(*) from account").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void rolesChangeAccountsCanBeDisabledAndPasswordsReset() throws Exception {
		Account account = accounts.create("changing", "first-password-123", Role.ANALYST);
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);

		assertThat(admin.submit("/admin/users/" + account.getId() + "/role", Map.of("role", "EDITOR")).status()).isEqualTo(302);
		WebSession editor = WebSession.signedIn(port, "changing", "first-password-123");
		assertThat(editor.get("/counts/new").status()).isEqualTo(200);

		assertThat(admin.submit("/admin/users/" + account.getId() + "/password", Map.of("password", "second-password-456"))
			.status()).isEqualTo(302);
		assertThat(WebSession.anonymous(port).signIn("changing", "first-password-123").header("Location")).contains("/login?error");
		WebSession.signedIn(port, "changing", "second-password-456");

		assertThat(admin.submit("/admin/users/" + account.getId() + "/enabled", Map.of("enabled", "false")).status())
			.isEqualTo(302);
		assertThat(WebSession.anonymous(port).signIn("changing", "second-password-456").header("Location"))
			.contains("/login?error");
	}

	@Test
	void theLastActiveAdminCannotBeDemotedOrDisabled() throws Exception {
		long adminId = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		long admins = jdbc.sql("select count(*) from account where role = 'ADMIN' and enabled").query(Long.class).single();
		assertThat(admins).isEqualTo(1);
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		Page demoted = admin.submit("/admin/users/" + adminId + "/role", Map.of("role", "EDITOR"));
		assertThat(demoted.status()).isEqualTo(409);
		assertThat(demoted.text("#form-error")).contains("last active admin");
		assertThat(admin.submit("/admin/users/" + adminId + "/enabled", Map.of("enabled", "false")).status()).isEqualTo(409);
		assertThat(jdbc.sql("select role || enabled from account where id = ?").param(adminId).query(String.class).single())
			.isEqualTo("ADMINtrue");
	}

	@Test
	void repeatedFailedSignInsLockTheAccountForAWhile() throws Exception {
		accounts.create("guessed", "the-real-password", Role.ANALYST);
		WebSession attacker = WebSession.anonymous(port);
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(attacker.signIn("guessed", "wrong-" + attempt).header("Location")).endsWith("/login?error");
		}
		// now even the right password is refused until the lock expires
		Page locked = attacker.signIn("guessed", "the-real-password");
		assertThat(locked.header("Location")).endsWith("/login?locked");
		assertThat(attacker.get("/login?locked").text("#login-locked")).contains("locked");
		assertThat(jdbc.sql("select guesses >= 5 and forget_after > now() from sign_in_attempt where username = 'guessed'")
			.query(Boolean.class)
			.single()).isTrue();
		assertThat(attacker.get("/login").status()).isEqualTo(200);
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		assertThat(admin.get("/admin/users").text("#account-guessed")).contains("locked");
	}

	@Test
	void theSessionIdChangesAtSignInAndCookiesAreHttpOnlyAndSameSite() throws Exception {
		WebSession session = WebSession.anonymous(port);
		Page login = session.get("/login");
		String before = session.sessionId();
		assertThat(before).isNotNull();
		assertThat(login.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
		Page signedIn = session.signIn(TestAccounts.ANALYST, TestAccounts.PASSWORD);
		assertThat(signedIn.header("Location")).doesNotContain("/login");
		assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
		assertThat(signedIn.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");
	}

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		for (Page page : new Page[] { WebSession.anonymous(port).get("/login"), analyst.get("/"),
				analyst.get("/facilities/panorama-prison"), analyst.get("/facilities/nowhere"), analyst.get("/css/tracker.css"),
				analyst.get("/counts/new"), WebSession.anonymous(port).get("/actuator/health", "application/json") }) {
			String csp = page.header("Content-Security-Policy");
			assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe-inline");
			assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
			assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
			assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
		}
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		Page page = WebSession.anonymous(port).get("/facilities/panorama-prison");
		assertThat(page.status()).isEqualTo(302);
		assertThat(page.header("Location")).endsWith("/login");
	}

}
