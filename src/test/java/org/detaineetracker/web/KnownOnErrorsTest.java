package org.detaineetracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;

/** A malformed knownOn over real HTTP: the error page (a container error dispatch) gives the reason. */
@TrackerServerTest
class KnownOnErrorsTest {

	@LocalServerPort
	int port;

	@Test
	void theErrorPageSaysWhatWasExpectedAndKeepsPlainLinks() throws Exception {
		Page page = WebSession.signedIn(port, TestAccounts.ANALYST)
			.get("/facilities/al-hol-camp?knownOn=31.12.2025");
		assertThat(page.status()).isEqualTo(400);
		assertThat(page.text("#reason"))
			.isEqualTo("'31.12.2025' is not a valid knownOn; expected a date written YYYY-MM-DD, such as 2025-12-31.");
		assertThat(page.document().select("a[href*=31.12]")).isEmpty();
		assertThat(page.document().select("#known-on-banner")).isEmpty();
	}

}
