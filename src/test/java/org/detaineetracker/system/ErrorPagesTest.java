package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;

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
		assertThat(page.contentType()).startsWith("application/json");
		assertThat(page.body()).contains("\"reference\"", "\"message\"").doesNotContain("trace", "exception");
	}

}
