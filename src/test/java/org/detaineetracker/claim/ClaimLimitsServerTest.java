package org.detaineetracker.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.unit.DataSize;

import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;

/**
 * The size limits through a real Tomcat: the longest text fits a form in any script, anything
 * longer is refused with the finder's own 413 and message (never Tomcat's refusal, nor a 403 for a
 * CSRF token Tomcat did not parse), and the accept links fit in a request line even for a passage of
 * 600 Arabic characters.
 */
@TrackerServerTest
class ClaimLimitsServerTest {

	@LocalServerPort
	int port;

	@Value("${server.tomcat.max-http-form-post-size}")
	DataSize tomcatFormLimit;

	@Test
	void tomcatsFormLimitIsTheFindersAndHoldsTheLongestTextInAnyScript() {
		assertThat(tomcatFormLimit).isEqualTo(ClaimLimits.MAX_REQUEST);
		// three UTF-8 bytes at most per UTF-16 code unit, each percent-encoded as three, and room for the rest
		assertThat(9L * ClaimLimits.MAX_TEXT_CHARS + 4096).isLessThan(ClaimLimits.MAX_REQUEST.toBytes());
	}

	@Test
	void theLongestTextInAThreeByteScriptIsReadAndOneMoreCharacterIsRefusedByTheFinder() throws Exception {
		WebSession editor = WebSession.signedIn(port, TestAccounts.EDITOR);
		Page atLimit = editor.submit("/claims", Map.of("text", "中".repeat(ClaimLimits.MAX_TEXT_CHARS)));
		assertThat(atLimit.status()).isEqualTo(302);
		assertThat(atLimit.header("Location")).endsWith("/claims/reading");

		Page overLimit = editor.submit("/claims", Map.of("text", "中".repeat(ClaimLimits.MAX_TEXT_CHARS + 1)));
		assertThat(overLimit.status()).isEqualTo(413);
		assertThat(overLimit.text("#text-help .field-error")).startsWith("This text has 200,001 characters");
	}

	@Test
	void aFormLargerThanTwoMegabytesGetsTheFindersOwn413() throws Exception {
		WebSession editor = WebSession.signedIn(port, TestAccounts.EDITOR);
		Page tooLarge = editor.submit("/claims", Map.of("text", "x".repeat((int) ClaimLimits.MAX_REQUEST.toBytes())));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.text("h1")).isEqualTo("That is too much text");
		assertThat(tooLarge.text("#reason")).startsWith("The text is too long: the claim finder reads at most 200,000");
	}

	@Test
	void theApiTakesTheTokenOfAnyFormPageInAHeader() throws Exception {
		WebSession editor = WebSession.signedIn(port, TestAccounts.EDITOR);
		String token = editor.get("/claims/new").document().select("input[name=_csrf]").attr("value");
		Page answer = editor.send(HttpRequest.newBuilder(editor.uri("/api/claims/extract"))
			.header("Content-Type", "text/plain; charset=UTF-8")
			.header("X-CSRF-TOKEN", token)
			.POST(HttpRequest.BodyPublishers.ofString(ClaimArticles.CAMP_REPORT, StandardCharsets.UTF_8))
			.build());
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("\"figure\":\"nearly 6,000\"");

		Page withoutToken = editor.send(HttpRequest.newBuilder(editor.uri("/api/claims/extract"))
			.header("Content-Type", "text/plain")
			.POST(HttpRequest.BodyPublishers.ofString("Nearly 600 detainees."))
			.build());
		assertThat(withoutToken.status()).isEqualTo(403);

		// a stranger with a token (every session has one, even on the sign-in page) must sign in
		WebSession anonymous = WebSession.anonymous(port);
		Page stranger = anonymous.send(HttpRequest.newBuilder(editor.uri("/api/claims/extract"))
			.header("Content-Type", "text/plain")
			.header("X-CSRF-TOKEN", anonymous.csrfToken())
			.POST(HttpRequest.BodyPublishers.ofString("Nearly 600 detainees."))
			.build());
		assertThat(stranger.status()).isEqualTo(401);
		assertThat(stranger.contentType()).startsWith("application/problem+json");
		assertThat(stranger.body()).contains("\"reason\":\"Sign in first");
	}

	/**
	 * "1 " to the length limit is 100,000 candidates; the reading page once listed them all and their
	 * links, 293 MB of HTML. It shows {@link Reading#PAGE_SIZE} of them now, with the text once.
	 */
	@Test
	void aTextDenseWithNumbersGivesAReadingPageOfBoundedSize() throws Exception {
		WebSession editor = WebSession.signedIn(port, TestAccounts.EDITOR);
		String ones = "1 ".repeat(ClaimLimits.MAX_TEXT_CHARS / 2 - 100);
		assertThat(editor.submit("/claims", Map.of("text", ones)).status()).isEqualTo(302);
		Page reading = editor.get("/claims/reading");
		assertThat(reading.status()).isEqualTo(200);
		assertThat(reading.body().length()).as("characters of HTML").isLessThan(3_000_000);
		assertThat(reading.document().select("li.candidate")).hasSize(Reading.PAGE_SIZE);
		assertThat(reading.text("#paged-notice")).startsWith("Showing candidates 1–200 of 99,900");
	}

	@Test
	void anAcceptLinkForALongArabicPassageFitsInARequest() throws Exception {
		WebSession editor = WebSession.signedIn(port, TestAccounts.EDITOR);
		// one sentence of about 600 characters: six bytes a character once percent-encoded
		String words = "قال مسؤول في المخيم إن الحراس نقلوا المعتقلين ليلا ";
		String sentence = words.repeat(5) + "أكثر من ٨٠٠٠ معتقل محتجزون في مخيم الهول " + words.repeat(6) + ".";
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("text", sentence);
		assertThat(editor.submit("/claims", fields).status()).isEqualTo(302);
		Page reading = editor.get("/claims/reading");
		String link = reading.document().select("li.candidate a.accept-count").first().attr("href");
		assertThat(link.length()).isGreaterThan(3000);
		Page form = editor.get(link);
		assertThat(form.status()).isEqualTo(200);
		assertThat(form.document().select("input#value").attr("value")).isEqualTo("8000");
		assertThat(form.document().select("input[type=hidden][name=passageText]").attr("value")).hasSizeBetween(500, 600);
	}

}
