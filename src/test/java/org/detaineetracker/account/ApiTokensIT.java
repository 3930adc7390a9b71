package org.detaineetracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;

/**
 * Personal API tokens over real HTTP: made on the account page, shown once, kept only as a hash,
 * and then the only credential a script sends: no cookie comes back and no CSRF token is asked for.
 */
@TrackerServerTest
class ApiTokensIT {

	private static final HttpClient PLAIN = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AccountService accounts;

	@Test
	void aTokenIsShownOnceKeptOnlyAsAHashAndReadsTheApiWithoutASession() throws Exception {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		String name = "nightly sync " + UUID.randomUUID();
		Page created = analyst.submit("/account/tokens", Map.of("name", name));
		assertThat(created.status()).isEqualTo(201);
		String secret = created.text("#token-secret");
		assertThat(secret).startsWith("dtk_").hasSizeGreaterThan(40);
		assertThat(created.text("#new-token")).contains(name).contains("not shown again");

		String stored = jdbc.sql("select secret_hash from api_token where name = ?").param(name).query(String.class).single();
		assertThat(stored).doesNotContain(secret).doesNotContain(secret.substring(4)).isEqualTo(ApiTokens.hash(secret));

		Page listed = analyst.get("/account/tokens");
		assertThat(listed.body()).doesNotContain(secret);
		assertThat(listed.text("#tokens")).contains(name).contains(secret.substring(0, 10) + "…").contains("never");

		HttpResponse<String> read = bearer("GET", "/api/facilities?size=2", secret, null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(JSON.readTree(read.body()).get("items")).hasSize(2);
		assertThat(read.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(jdbc.sql("select last_used_at is not null from api_token where name = ?").param(name)
			.query(Boolean.class).single()).isTrue();
		assertThat(analyst.get("/account/tokens").text("#tokens")).doesNotContain("never");

		// an analyst's token writes no more than the analyst could
		HttpResponse<String> write = bearer("POST", "/api/claims/extract", secret, "Nearly 600 detainees.");
		assertThat(write.statusCode()).isEqualTo(403);
		assertThat(JSON.readTree(write.body()).get("reason").asString()).isEqualTo("Your account may not do this.");
	}

	@Test
	void anEditorsTokenWritesWithoutCsrfAndAReadOnlyOneIsRefusedWithTheReason() throws Exception {
		WebSession editor = WebSession.signedIn(port, TestAccounts.EDITOR);
		String writing = editor.submit("/account/tokens", Map.of("name", "writer " + UUID.randomUUID()))
			.text("#token-secret");
		String readOnly = editor.submit("/account/tokens", Map.of("name", "reader " + UUID.randomUUID(), "readOnly", "true"))
			.text("#token-secret");

		HttpResponse<String> written = bearer("POST", "/api/claims/extract", writing, "Nearly 600 detainees.");
		assertThat(written.statusCode()).isEqualTo(200);
		assertThat(written.body()).contains("\"figure\":\"nearly 600\"");
		assertThat(written.headers().firstValue("Set-Cookie")).isEmpty();

		HttpResponse<String> refused = bearer("POST", "/api/claims/extract", readOnly, "Nearly 600 detainees.");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(JSON.readTree(refused.body()).get("reason").asString()).contains("read-only");
		assertThat(bearer("GET", "/api/facilities", readOnly, null).statusCode()).isEqualTo(200);
	}

	@Test
	void wrongRevokedAndDisabledTokensGetA401ProblemWithABearerChallenge() throws Exception {
		assertUnauthorized(bearer("GET", "/api/facilities", "dtk_" + "x".repeat(43), null));
		assertUnauthorized(bearer("GET", "/api/facilities", "not-even-ours", null));
		assertUnauthorized(bearer("GET", "/api/facilities", "", null));

		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		String name = "to revoke " + UUID.randomUUID();
		String secret = analyst.submit("/account/tokens", Map.of("name", name)).text("#token-secret");
		long id = jdbc.sql("select id from api_token where name = ?").param(name).query(Long.class).single();
		assertThat(bearer("GET", "/api/facilities", secret, null).statusCode()).isEqualTo(200);

		// someone else cannot revoke it, and learns nothing about it
		WebSession editor = WebSession.signedIn(port, TestAccounts.EDITOR);
		assertThat(editor.submit("/account/tokens/" + id + "/revoke", Map.of()).status()).isEqualTo(404);
		assertThat(bearer("GET", "/api/facilities", secret, null).statusCode()).isEqualTo(200);

		Page revoked = analyst.submit("/account/tokens/" + id + "/revoke", Map.of());
		assertThat(revoked.status()).isEqualTo(302);
		assertThat(analyst.get("/account/tokens").text("#token-" + id)).contains("revoked");
		assertUnauthorized(bearer("GET", "/api/facilities", secret, null));

		String username = "token-owner-" + UUID.randomUUID().toString().substring(0, 8);
		Account owner = accounts.create(username, TestAccounts.PASSWORD, Role.EDITOR);
		String ownersToken = WebSession.signedIn(port, username)
			.submit("/account/tokens", Map.of("name", "soon disabled"))
			.text("#token-secret");
		assertThat(bearer("GET", "/api/facilities", ownersToken, null).statusCode()).isEqualTo(200);
		accounts.setEnabled(owner.getId(), false);
		assertUnauthorized(bearer("GET", "/api/facilities", ownersToken, null));
	}

	@Test
	void aTokenNeedsANameAndARefusalWritesNothing() throws Exception {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		long before = jdbc.sql("select count(*) from api_token").query(Long.class).single();
		Page blank = analyst.submit("/account/tokens", Map.of("name", "   "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.text("#form-error")).isEqualTo("Give the token a name, such as the script that will use it.");
		Page tooLong = analyst.submit("/account/tokens", Map.of("name", "n".repeat(81)));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.text("#form-error")).isEqualTo("A token name has at most 80 characters.");
		assertThat(jdbc.sql("select count(*) from api_token").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void withoutAnyCredentialsTheApiNamesTheBearerScheme() throws Exception {
		HttpResponse<String> stranger = PLAIN.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/facilities"))
			.header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(stranger.statusCode()).isEqualTo(401);
		assertThat(stranger.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
		assertThat(stranger.body()).contains("personal API token");
	}

	private static void assertUnauthorized(HttpResponse<String> answer) {
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(answer.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Bearer")
			.contains("invalid_token");
		assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
		JsonNode problem = JSON.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(401);
		assertThat(problem.get("reason").asString()).contains("not valid");
	}

	private HttpResponse<String> bearer(String method, String path, String token, String text) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
		if (text == null) {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		else {
			request.header("Content-Type", "text/plain; charset=UTF-8")
				.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
		}
		return PLAIN.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
