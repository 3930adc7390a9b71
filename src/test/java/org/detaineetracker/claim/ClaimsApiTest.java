package org.detaineetracker.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.test.TrackerTest;
import org.detaineetracker.web.PassageSeal;

/**
 * POST /api/claims/extract: candidates as JSON with offsets into the text the finder read, and a
 * JSON reason for every refusal. Nothing is written, so no transaction is needed.
 */
@TrackerTest
@WithMockUser(username = "editor", roles = "EDITOR")
class ClaimsApiTest {

	static final String API = "/api/claims/extract";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	PassageSeal seal;

	@Test
	void candidatesComeWithTheirOffsetsIntoTheTextTheFinderRead() throws Exception {
		MockHttpServletResponse response = extract(ClaimArticles.CAMP_REPORT);
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		JsonNode answer = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		String text = answer.get("text").asString();
		assertThat(text).isEqualTo(ClaimArticles.CAMP_REPORT);
		assertThat(answer.get("textLength").asInt()).isEqualTo(text.length());
		assertThat(answer.get("textSha256").asString()).isEqualTo(ClaimReader.sha256(text));
		assertThat(answer.get("html").asBoolean()).isFalse();
		assertThat(answer.get("candidateCount").asInt()).isEqualTo(8);
		assertThat(answer.get("likelyCount").asInt()).isEqualTo(3);

		JsonNode nearly = candidate(answer, 6000);
		assertThat(nearly.get("qualifier").asString()).isEqualTo("NEARLY");
		assertThat(nearly.get("valueHigh").isNull()).isTrue();
		assertThat(nearly.get("figure").asString()).isEqualTo("nearly 6,000");
		assertThat(nearly.get("kind").asString()).isEqualTo("HELD");
		assertThat(nearly.get("likely").asBoolean()).isTrue();
		assertThat(nearly.get("cohort").get("slug").asString()).isEqualTo("isis-affiliated-women-and-children");
		assertThat(nearly.get("cohort").get("words").asString()).isEqualTo("women");
		assertThat(nearly.get("facility").get("slug").asString()).isEqualTo("al-hol-camp");
		assertThat(nearly.get("facility").get("name").asString()).isEqualTo("al-Hol camp");
		assertThat(nearly.get("facility").get("words").asString()).isEqualTo("al-Hawl");
		assertThat(nearly.get("speaker").asString()).isEqualTo("Camp officials in northeast Syria");
		assertThat(nearly.get("dateHint").asString()).isEqualTo("3 March 2026");
		assertThat(strings(nearly.get("reasons"))).contains("“nearly” before it: read as a little under that");
		int start = nearly.get("start").asInt();
		int end = nearly.get("end").asInt();
		assertThat(text.substring(start, end)).isEqualTo("nearly 6,000").isEqualTo(nearly.get("words").asString());
		JsonNode passage = nearly.get("passage");
		assertThat(passage.get("signature").asString()).matches("[A-Za-z0-9_-]{43}");
		assertThat(seal.verifies(passage.get("start").asInt(), passage.get("end").asInt(), passage.get("text").asString(),
				answer.get("textSha256").asString(), passage.get("signature").asString()))
			.as("the signature the figure form checks")
			.isTrue();
		assertThat(text.substring(passage.get("start").asInt(), passage.get("end").asInt()))
			.isEqualTo(passage.get("text").asString())
			.startsWith("Camp officials")
			.endsWith("remain at al-Hawl.");

		JsonNode range = candidate(answer, 60);
		assertThat(range.get("qualifier").asString()).isEqualTo("RANGE");
		assertThat(range.get("valueHigh").asInt()).isEqualTo(90);
		assertThat(range.get("kind").asString()).isEqualTo("ESCAPED");
		assertThat(range.get("facility").isNull()).isTrue();

		JsonNode guards = candidate(answer, 150);
		assertThat(guards.get("likely").asBoolean()).isFalse();
		assertThat(strings(guards.get("reasons"))).anyMatch(r -> r.startsWith("unlikely: it counts troops, guards or staff"));
	}

	@Test
	void anEmptyBodyIsA400WithAReason() throws Exception {
		for (String empty : new String[] { "", "  \n\t " }) {
			JsonNode error = error(extract(empty), 400);
			assertThat(error.get("reason").asString()).isEqualTo("The body is empty: send the text of an article.");
		}
		JsonNode noText = error(extract("<div><img src=x.png></div>"), 400);
		assertThat(noText.get("reason").asString()).contains("no readable text");
	}

	@Test
	void aTextOverTheLimitIsA413() throws Exception {
		String tooLong = "x".repeat(ClaimLimits.MAX_TEXT_CHARS + 1);
		JsonNode error = error(extract(tooLong), 413);
		assertThat(error.get("reason").asString()).startsWith("The text is too long: the claim finder reads at most 200,000");
		assertThat(error.get("error").asString()).isEqualTo("Content Too Large");
		assertThat(error.get("path").asString()).isEqualTo(API);
		assertThat(error.get("reference").asString()).matches("[A-Z2-9]{8}");
		assertThat(extract("x".repeat(ClaimLimits.MAX_TEXT_CHARS)).getStatus()).isEqualTo(200);
		// in a script of three UTF-8 bytes a character, the limit is still counted in characters
		assertThat(extract("中".repeat(ClaimLimits.MAX_TEXT_CHARS)).getStatus()).isEqualTo(200);
		assertThat(extract("中".repeat(ClaimLimits.MAX_TEXT_CHARS + 1)).getStatus()).isEqualTo(413);
	}

	@Test
	void aBodyOverTwoMegabytesIsRefusedBeforeAnythingReadsIt() throws Exception {
		byte[] huge = new byte[(int) ClaimLimits.MAX_REQUEST.toBytes() + 1];
		java.util.Arrays.fill(huge, (byte) 'a');
		JsonNode error = error(mvc.perform(post(API).with(csrf()).contentType("text/plain").content(huge))
			.andReturn()
			.getResponse(), 413);
		assertThat(error.get("reason").asString()).startsWith("The text is too long");
	}

	@Test
	void binaryDataIsRefusedAndStrayControlCharactersAreDropped() throws Exception {
		// bytes that are not UTF-8 (the start of a PNG file)
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', (byte) 0xff };
		JsonNode notUtf8 = error(send(post(API).with(csrf()).contentType("text/plain").content(png)), 400);
		assertThat(notUtf8.get("reason").asString()).startsWith("The body is not UTF-8 text");
		JsonNode nul = error(extract("Nearly 6,000\u0000 detainees"), 400);
		assertThat(nul.get("reason").asString()).startsWith("The body looks like binary data");
		assertThat(error(extract("\u0001\u0002\u0003\u0004\u0005\u0006 six controls"), 400).get("reason").asString())
			.startsWith("The body looks like binary data");

		MockHttpServletResponse cleaned = extract("Nearly 6,000\u001b detainees are\u0007 held at al-Hawl.");
		assertThat(cleaned.getStatus()).isEqualTo(200);
		JsonNode answer = json.readTree(cleaned.getContentAsString(StandardCharsets.UTF_8));
		assertThat(answer.get("controlCharactersRemoved").asInt()).isEqualTo(2);
		assertThat(answer.get("text").asString()).isEqualTo("Nearly 6,000 detainees are held at al-Hawl.");
		assertThat(candidate(answer, 6000).get("words").asString()).isEqualTo("Nearly 6,000");
	}

	@Test
	void htmlIsReducedToItsTextAndOffsetsReferToThatText() throws Exception {
		MockHttpServletResponse response = extract(ClaimArticles.CAMP_REPORT_HTML);
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode answer = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		String text = answer.get("text").asString();
		assertThat(answer.get("html").asBoolean()).isTrue();
		assertThat(text).doesNotContain("<", "12345", "color").contains("nearly 6,000 women and children");
		for (JsonNode candidate : answer.get("candidates")) {
			assertThat(text.substring(candidate.get("start").asInt(), candidate.get("end").asInt()))
				.isEqualTo(candidate.get("words").asString());
		}
		assertThat(candidate(answer, 6000).get("likely").asBoolean()).isTrue();
	}

	@Test
	void arabicRightToLeftTextIsRead() throws Exception {
		MockHttpServletResponse response = extract(ClaimArticles.ARABIC);
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode answer = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		String text = answer.get("text").asString();
		// the invisible right-to-left mark is dropped; offsets count what is left
		assertThat(text).isEqualTo(ClaimArticles.ARABIC.substring(1));
		JsonNode over = candidate(answer, 8000);
		assertThat(over.get("qualifier").asString()).isEqualTo("OVER");
		assertThat(over.get("likely").asBoolean()).isTrue();
		assertThat(text.substring(over.get("start").asInt(), over.get("end").asInt())).isEqualTo("أكثر من ٨٠٠٠");
	}

	@Test
	void onlyPlainTextInUtf8IsAccepted() throws Exception {
		assertThat(error(send(post(API).with(csrf()).contentType("application/json").content("{\"text\":\"x\"}")), 415)
			.get("reason").asString()).contains("text/plain");
		assertThat(send(post(API).with(csrf()).contentType("text/plain; charset=ISO-8859-1").content("x")).getStatus())
			.isEqualTo(415);
		assertThat(send(post(API).with(csrf()).header("Content-Type", "not a type").content("x")).getStatus())
			.isEqualTo(415);
		// without a Content-Type the body is read as UTF-8 text
		MockHttpServletResponse untyped = send(post(API).with(csrf()).content("Nearly 600 detainees were moved."
			.getBytes(StandardCharsets.UTF_8)));
		assertThat(untyped.getStatus()).isEqualTo(200);
	}

	@Test
	void analystsAreForbiddenAndStrangersMustSignIn() throws Exception {
		MockHttpServletResponse analyst = send(post(API).with(csrf())
			.with(user("analyst").roles("ANALYST"))
			.contentType("text/plain")
			.content("Nearly 600 detainees."));
		assertThat(analyst.getStatus()).isEqualTo(403);
	}

	@Test
	@org.springframework.security.test.context.support.WithAnonymousUser
	void anAnonymousCallerGets401AsJson() throws Exception {
		MockHttpServletResponse anonymous = send(post(API).with(csrf()).contentType("text/plain").content("x"));
		assertThat(anonymous.getStatus()).isEqualTo(401);
		assertThat(anonymous.getContentType()).startsWith("application/problem+json");
		assertThat(json.readTree(anonymous.getContentAsString()).get("reason").asString()).startsWith("Sign in first");
	}

	@Test
	void theCsrfTokenIsRequiredInAHeaderOrAParameter() throws Exception {
		assertThat(send(post(API).contentType("text/plain").content("Nearly 600 detainees.")).getStatus()).isEqualTo(403);
		assertThat(send(post(API).with(csrf().useInvalidToken()).contentType("text/plain").content("x")).getStatus())
			.isEqualTo(403);
		assertThat(send(post(API).with(csrf().asHeader()).contentType("text/plain").content("Nearly 600 detainees."))
			.getStatus()).isEqualTo(200);
	}

	@Test
	void readsTextsThatOnceFailedTheFinder() throws Exception {
		// ".. 6" threw IndexOutOfBoundsException, three thousand nested blocks a StackOverflowError
		JsonNode dots = json.readTree(extract(".. 6").getContentAsString(StandardCharsets.UTF_8));
		assertThat(dots.get("candidateCount").asInt()).isEqualTo(1);
		assertThat(dots.get("candidates").get(0).get("value").asInt()).isEqualTo(6);
		MockHttpServletResponse nested = extract("<div>".repeat(3000) + "x");
		assertThat(nested.getStatus()).isEqualTo(200);
		JsonNode answer = json.readTree(nested.getContentAsString(StandardCharsets.UTF_8));
		assertThat(answer.get("text").asString()).isEqualTo("x");
		assertThat(answer.get("html").asBoolean()).isTrue();
		assertThat(answer.get("candidateCount").asInt()).isZero();
	}

	private MockHttpServletResponse extract(String text) throws Exception {
		return send(post(API).with(csrf()).contentType("text/plain;charset=UTF-8").content(text.getBytes(StandardCharsets.UTF_8)));
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse();
	}

	private JsonNode error(MockHttpServletResponse response, int status) throws Exception {
		assertThat(response.getStatus()).isEqualTo(status);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		JsonNode error = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
		assertThat(error.get("status").asInt()).isEqualTo(status);
		return error;
	}

	private static JsonNode candidate(JsonNode answer, int value) {
		for (JsonNode candidate : answer.get("candidates")) {
			if (candidate.get("value").asInt() == value) {
				return candidate;
			}
		}
		throw new AssertionError("no candidate " + value);
	}

	private static List<String> strings(JsonNode array) {
		List<String> strings = new ArrayList<>();
		array.forEach(node -> strings.add(node.asString()));
		return strings;
	}

}
