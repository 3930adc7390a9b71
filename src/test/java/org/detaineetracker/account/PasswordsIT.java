package org.detaineetracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;

/**
 * Passwords over real HTTP: every character counts however many bytes it takes (bcrypt read only 72
 * and threw beyond), passwords are kept exactly as typed, the weakest are refused with a reason, and
 * hashes from before are still accepted and rewritten.
 */
@TrackerServerTest
class PasswordsIT {

	/** 40 Cyrillic letters: 80 bytes in UTF-8. */
	static final String CYRILLIC = "съешьжеещёэтихмягкихфранцузскихбулокдавы";

	/** 40 different emoji, in no order: 160 bytes. */
	static final String EMOJI = IntStream.range(0, 40)
		.mapToObj(i -> Character.toString(0x1F600 + i * 7 % 80))
		.collect(Collectors.joining());

	/** 100 ASCII characters, differing from {@link #LONG_TWIN} only in the last. */
	static final String LONG = "the-first-seventy-two-bytes-are-all-bcrypt-ever-read-so-everything-after-them-was-ignored-until-nowA";

	static final String LONG_TWIN = LONG.substring(0, LONG.length() - 1) + "B";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void passwordsLongerThanSeventyTwoBytesWorkWholeAtCreationAndReset() throws Exception {
		assertThat(CYRILLIC.codePointCount(0, CYRILLIC.length())).isEqualTo(40);
		assertThat(EMOJI.getBytes(StandardCharsets.UTF_8)).hasSize(160);
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String[][] cases = { { "long-cyrillic", CYRILLIC, CYRILLIC.substring(0, 39) + "я" },
				{ "long-emoji", EMOJI, EMOJI.substring(0, EMOJI.length() - 2) + "\uD83D\uDE00" },
				{ "long-ascii", LONG, LONG_TWIN } };
		for (String[] c : cases) {
			Page created = admin.submit("/admin/users", Map.of("username", c[0], "password", c[1], "role", "ANALYST"));
			assertThat(created.status()).as(c[0]).isEqualTo(302);
			WebSession.signedIn(port, c[0], c[1]);
			assertThat(WebSession.anonymous(port).signIn(c[0], c[2]).header("Location")).as(c[0]).endsWith("/login?error");

			long id = jdbc.sql("select id from account where username = ?").param(c[0]).query(Long.class).single();
			assertThat(admin.submit("/admin/users/" + id + "/password", Map.of("password", c[2])).status()).isEqualTo(302);
			WebSession.signedIn(port, c[0], c[2]);
			assertThat(WebSession.anonymous(port).signIn(c[0], c[1]).header("Location")).endsWith("/login?error");
		}
	}

	@Test
	void seventyThreeBsAreRefusedAsRepeatedNotWithAServerError() throws Exception {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		Page created = admin.submit("/admin/users", Map.of("username", "many-bs", "password", "B".repeat(73), "role", "ANALYST"));
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.text("#form-error")).contains("repeated");
		long analyst = jdbc.sql("select id from account where username = 'analyst'").query(Long.class).single();
		Page reset = admin.submit("/admin/users/" + analyst + "/password", Map.of("password", "B".repeat(73)));
		assertThat(reset.status()).isEqualTo(400);
	}

	@ParameterizedTest
	@ValueSource(strings = { "aaaaaaaaaaaa", "password1234", "123456789012", "PASSWORD1234", "abcabcabcabc",
			"abcdefghijklmnop", "0987654321098" })
	void theWeakestPasswordsAreRefusedWithAReason(String weak) throws Exception {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		Page created = admin.submit("/admin/users", Map.of("username", "weak-one", "password", weak, "role", "ANALYST"));
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.text("#form-error")).contains("first an attacker would try");
	}

	@ParameterizedTest
	@ValueSource(strings = { "            ", "\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B\u200B",
			"\u3164\u3164\u3164 \u3164\u3164\u3164 \u3164\u3164\u3164 \u00A0" })
	void passwordsOfNothingVisibleAreRefused(String invisible) throws Exception {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		Page created = admin.submit("/admin/users", Map.of("username", "invisible", "password", invisible, "role", "ANALYST"));
		assertThat(created.status()).isEqualTo(400);
		assertThat(created.text("#form-error")).contains("visible");
	}

	@Test
	void passwordsAreKeptExactlyAsTypedSpacesIncluded() throws Exception {
		WebSession admin = WebSession.signedIn(port, TestAccounts.ADMIN);
		String spaced = "  spaces around me  ";
		assertThat(admin.submit("/admin/users", Map.of("username", "spaced", "password", spaced, "role", "ANALYST")).status())
			.isEqualTo(302);
		WebSession.signedIn(port, "spaced", spaced);
		assertThat(WebSession.anonymous(port).signIn("spaced", spaced.strip()).header("Location")).endsWith("/login?error");
	}

	@Test
	void aBcryptHashFromBeforeStillSignsInAndIsRewrittenAsArgon2() throws Exception {
		String old = "{bcrypt}" + new BCryptPasswordEncoder().encode("an-old-bcrypt-password");
		jdbc.sql("insert into account (username, password_hash, role) values ('from-before', ?, 'ANALYST')").param(old).update();
		// a guess too long for bcrypt is a wrong password, not an error
		assertThat(WebSession.anonymous(port).signIn("from-before", LONG).header("Location")).endsWith("/login?error");

		WebSession.signedIn(port, "from-before", "an-old-bcrypt-password");
		String now = jdbc.sql("select password_hash from account where username = 'from-before'").query(String.class).single();
		assertThat(now).startsWith("{argon2}").isNotEqualTo(old);
		WebSession.signedIn(port, "from-before", "an-old-bcrypt-password");
	}

}
