package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;

/**
 * Unknown records are 404s, malformed parameters 400s with the reason; never a stack trace. Over
 * real HTTP, because error pages are the servlet container's error dispatch, which MockMvc skips.
 */
@TrackerServerTest
class ErrorPagesTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			/facilities/no-such-place        | 404 | No facility 'no-such-place' is recorded.
			/facilities/Not%20A%20Slug       | 404 | No facility 'Not A Slug' is recorded.
			/sources/999999                  | 404 | No source '999999' is recorded.
			/counts/999999                   | 404 | No reported count '999999' is recorded.
			/counts/abc                      | 400 | 'abc' is not a valid id; expected a whole number.
			/sources/1.5                     | 400 | '1.5' is not a valid id; expected a whole number.
			/counts/99999999999999999999     | 400 | '99999999999999999999' is not a valid id; expected a whole number.
			/facilities?kind=FOO             | 400 | 'FOO' is not a valid kind; expected one of PRISON, CAMP, DETENTION_CENTRE, HOLDING_SITE, GROUP.
			/facilities?country=Syria        | 400 | Country must be a two-letter ISO 3166-1 code such as SY or IQ, not 'Syria'.
			/facilities?sort=population      | 400 | Sort by one of name, kind, country, holder, figures, latest, optionally followed by ,asc or ,desc — not 'population'.
			""")
	void errorsSayWhatWentWrong(String url, int status, String reason) throws Exception {
		Page page = WebSession.signedIn(port, TestAccounts.ANALYST).get(url);
		assertThat(page.status()).isEqualTo(status);
		assertThat(page.text("#reason")).isEqualTo(reason);
		assertThat(page.text("main")).contains("Reference:");
		assertThat(page.body()).doesNotContain("Exception", "at org.", "at java.");
	}

	@ParameterizedTest(name = "{0} as JSON → {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			/facilities/no-such-place | 404
			/counts/abc               | 400
			""")
	void apiClientsGetTheSameReasonAsJson(String url, int status) throws Exception {
		Page page = WebSession.signedIn(port, TestAccounts.ANALYST).get(url, "application/json");
		assertThat(page.status()).isEqualTo(status);
		assertThat(page.contentType()).startsWith("application/problem+json");
		assertThat(page.body()).contains("\"reference\"", "\"reason\"").doesNotContain("trace", "exception");
	}

	/**
	 * One problem shape (RFC 9457) for every JSON error, from a page asked for JSON, the API, Spring
	 * MVC's own refusals and Spring Security: the same fields, the reason in words, never an array's
	 * Java name.
	 */
	@ParameterizedTest(name = "{0} {1} as {2} → {3}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			GET    | /facilities?kind=FOO                 | analyst | 400 | 'FOO' is not a valid kind; expected one of PRISON, CAMP, DETENTION_CENTRE, HOLDING_SITE, GROUP.
			GET    | /api/facilities?kind=FOO             | analyst | 400 | 'FOO' is not a valid kind; expected one of PRISON, CAMP, DETENTION_CENTRE, HOLDING_SITE, GROUP.
			GET    | /facilities?kind=FOO&kind=BAR        | analyst | 400 | 'FOO', 'BAR' is not a valid kind
			GET    | /api/facilities?kind=FOO&kind=BAR    | analyst | 400 | 'FOO', 'BAR' is not a valid kind
			GET    | /api/facilities?sort=size,desc       | analyst | 400 | Sort by one of name, kind, country, holder, figures, latest, optionally followed by ,asc or ,desc — not 'size,desc'.
			GET    | /api/facilities/atlantis             | analyst | 404 | No facility 'atlantis' is recorded.
			GET    | /facilities/atlantis                 | analyst | 404 | No facility 'atlantis' is recorded.
			GET    | /api/nothing/here                    | analyst | 404 | There is no such API resource.
			GET    | /api/facilities                      |         | 401 | Sign in first
			DELETE | /api/facilities                      | editor  | 405 | DELETE
			POST   | /api/claims/extract                  | analyst | 403 | may not
			POST   | /api/claims/extract?type=xml         | editor  | 415 | text/plain
			""")
	void everyJsonErrorIsOneProblemShape(String method, String url, String account, int status, String reason)
			throws Exception {
		WebSession session = account == null ? WebSession.anonymous(port) : WebSession.signedIn(port, account);
		HttpRequest.Builder request = HttpRequest.newBuilder(session.uri(url.replace("?type=xml", "")))
			.header("Accept", "application/json")
			.header("X-CSRF-TOKEN", session.csrfToken());
		if (method.equals("POST")) {
			request.header("Content-Type", url.endsWith("xml") ? "application/xml" : "text/plain")
				.POST(HttpRequest.BodyPublishers.ofString("<a>Nearly 600 detainees.</a>"));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		Page page = session.send(request.build());
		assertThat(page.status()).isEqualTo(status);
		assertThat(page.contentType()).startsWith("application/problem+json");
		JsonNode problem = JSON.readTree(page.body());
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("error").asString()).isEqualTo(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("reason").asString()).contains(reason).isEqualTo(problem.get("detail").asString());
		assertThat(problem.get("path").asString()).isEqualTo(url.replace("?type=xml", "").replaceAll("\\?.*", ""));
		assertThat(problem.get("reference").asString()).matches("[A-Z2-9]{8}");
		assertThat(page.body()).doesNotContain("[Ljava", "Exception", "trace", "\"message\"");
	}

	@Test
	void aRepeatedParameterOnAPageShowsTheValuesGiven() throws Exception {
		Page page = WebSession.signedIn(port, TestAccounts.ANALYST).get("/facilities?kind=FOO&kind=BAR");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#reason")).startsWith("'FOO', 'BAR' is not a valid kind").doesNotContain("[L");
	}

	/**
	 * Addresses that once failed with a 500: each is now a 4xx with a reason, as a page and as problem
	 * JSON, and nothing is written (they are all reads).
	 */
	@ParameterizedTest(name = "{0} → {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			/search?q=a%00b                           | analyst | 400 | NUL character
			/facilities?holder=%00                    | analyst | 400 | NUL character
			/api/facilities?q=%00                     | analyst | 400 | NUL character
			/facilities?page=100000000                | analyst | 400 | '100000000' is not a valid page; expected a number from 0 to 100000.
			/api/facilities?page=2147483647           | analyst | 400 | '2147483647' is not a valid page
			/api/facilities?page=99999999999          | analyst | 400 | is not a valid page
			/admin/export?page=2147483647             | admin   | 400 | '2147483647' is not a valid page
			/facilities?knownOn=-999999999-01-01      | analyst | 400 | '-999999999-01-01' is not a valid knownOn; expected a date between 1900-01-01 and
			/api/facilities?knownOn=-999999999-01-01  | analyst | 400 | is not a valid knownOn
			/facilities?knownOn=-0001-01-01           | analyst | 400 | is not a valid knownOn
			/facilities?knownOn=1899-12-31            | analyst | 400 | is not a valid knownOn
			/facilities?sort=%25                      | analyst | 400 | is not a valid sort
			/api/facilities?q=%FF                     | analyst | 400 | not UTF-8
			/facilities?q=%FF                         | analyst | 400 | not UTF-8
			/api/facilities/%20                       | analyst | 400 | slug
			""")
	void malformedAddressesAre4xxWithAReason(String url, String account, int status, String reason) throws Exception {
		WebSession session = WebSession.signedIn(port, account);
		Page page = session.get(url);
		assertThat(page.status()).as(url).isEqualTo(status);
		if (!url.startsWith("/api/")) {
			assertThat(page.text("#reason")).as(url).contains(reason);
			assertThat(page.text("main")).contains("Reference:");
		}
		Page json = session.get(url, "application/json");
		assertThat(json.status()).as(url).isEqualTo(status);
		assertThat(json.contentType()).as(url).startsWith("application/problem+json");
		assertThat(JSON.readTree(json.body()).get("reason").asString()).as(url).contains(reason);
		assertThat(page.body() + json.body()).doesNotContain("Exception", "at org.", "[Ljava");
	}

}
