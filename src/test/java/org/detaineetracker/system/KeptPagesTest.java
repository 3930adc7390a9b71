package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

import org.detaineetracker.test.Pages;
import org.detaineetracker.test.TrackerTest;
import org.detaineetracker.web.RenderedPages;

/**
 * The facility page, the dashboard, the facilities index and a search keep their rendered parts per
 * data version, the API a facility's figures, and the index the order of each list: what they show
 * must never outlive a write, and what differs per reader (editor links, who is signed in) must never
 * pass from one reader to another.
 */
@TrackerTest
@Transactional
class KeptPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RenderedPages rendered;

	@Test
	void theFacilityPageShowsAFigureAddedAfterItWasKept() throws Exception {
		assertThat(page("/facilities/al-hol-camp", "analyst", "ANALYST").text()).doesNotContain("12,345");
		addFigure("al-hol-camp", 12_345);
		assertThat(page("/facilities/al-hol-camp", "analyst", "ANALYST").select("#counts").text()).contains("12,345");
	}

	@Test
	void theDashboardShowsAFigureAddedAfterItWasKept() throws Exception {
		assertThat(page("/", "analyst", "ANALYST").text()).doesNotContain("12,346");
		addFigure("panorama-prison", 12_346);
		assertThat(page("/", "analyst", "ANALYST").text()).contains("12,346");
	}

	@Test
	void aSearchShowsAFigureAddedAfterItsResultsWereKept() throws Exception {
		assertThat(page("/search?q=a+speaker", "analyst", "ANALYST").select("#found-figures")).isEmpty();
		addFigure("al-hol-camp", 12_349);
		assertThat(page("/search?q=a+speaker", "analyst", "ANALYST").select("#found-figures").text()).contains("12,349");
	}

	/** The API keeps a facility's figures per data version, as its page keeps its main. */
	@Test
	void theCountsApiShowsAFigureAddedAfterItsAnswerWasKept() throws Exception {
		String before = json("/api/facilities/al-hol-camp/counts");
		assertThat(json("/api/facilities/al-hol-camp/counts")).isEqualTo(before).doesNotContain("12,348");
		addFigure("al-hol-camp", 12_348);
		assertThat(json("/api/facilities/al-hol-camp/counts")).contains("\"words\":\"12,348\"");
	}

	/** A client that accepts gzip gets the kept answer's gzip copy: the same JSON, and as fresh. */
	@Test
	void theCountsApiSendsItsKeptAnswerCompressedToAClientThatAcceptsIt() throws Exception {
		String url = "/api/facilities/al-hol-camp/counts";
		String plain = json(url);
		for (int request = 0; request < 2; request++) {
			assertThat(gunzippedJson(url)).isEqualTo(plain);
		}
		addFigure("al-hol-camp", 12_349);
		assertThat(gunzippedJson(url)).contains("\"words\":\"12,349\"");
	}

	private String gunzippedJson(String url) throws Exception {
		var response = mvc.perform(get(url).header("Accept-Encoding", "gzip, deflate").with(user("analyst").roles("ANALYST")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(response.getHeaders("Vary")).contains("Accept-Encoding");
		try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.getContentAsByteArray()))) {
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

	/**
	 * The index keeps each list's order per data version: a figure, a new facility and a renamed one
	 * show on the next request, in their new places, on every page of the list.
	 */
	@Test
	void theFacilitiesIndexShowsWritesMadeAfterItsOrderWasKept() throws Exception {
		assertThat(page("/facilities?sort=figures,desc", "analyst", "ANALYST").select("#facilities td.name > a").eachText())
			.startsWith("SDF-run detention facilities in northeast Syria");
		assertThat(page("/facilities?size=2&page=1", "analyst", "ANALYST").select("#facilities td.name > a").eachText())
			.containsExactly("SDF-run detention facilities in northeast Syria", "al-Hol camp");

		addFigure("panorama-prison", 12_347);
		Document byFigures = page("/facilities?sort=figures,desc", "analyst", "ANALYST");
		assertThat(byFigures.select("#facilities tr:contains(Panorama prison) td.num").text()).isEqualTo("2");

		jdbc.sql("insert into facility (slug, name, kind, country_code) values ('aaa-kept-test', 'Aardvark holding site', 'HOLDING_SITE', 'IQ')")
			.update();
		assertThat(page("/facilities", "analyst", "ANALYST").select("#facilities td.name > a").eachText())
			.startsWith("Aardvark holding site");
		assertThat(page("/facilities?size=2&page=1", "analyst", "ANALYST").select("#facilities td.name > a").eachText())
			.containsExactly("Detention facility near Baghdad International Airport", "SDF-run detention facilities in northeast Syria");

		jdbc.sql("update facility set name = 'Zebra camp' where slug = 'al-hol-camp'").update();
		assertThat(page("/facilities?country=SY", "analyst", "ANALYST").select("#facilities td.name > a").eachText())
			.containsExactly("SDF-run detention facilities in northeast Syria", "Panorama prison", "Zebra camp");
	}

	@Test
	void editorLinksAndTheSignedInNameStayWithTheirReader() throws Exception {
		Document editor = page("/facilities/al-hol-camp", "editor", "EDITOR");
		Document analyst = page("/facilities/al-hol-camp", "analyst", "ANALYST");
		Document editorAgain = page("/facilities/al-hol-camp", "editor", "EDITOR");

		assertThat(editor.select("#add-figure")).hasSize(1);
		assertThat(analyst.select("#add-figure")).isEmpty();
		assertThat(editorAgain.select("#add-figure")).hasSize(1);
		assertThat(analyst.select("#signed-in-as").text()).isEqualTo("analyst");
		assertThat(editorAgain.select("#signed-in-as").text()).isEqualTo("editor");
		// The kept part is the same markup for both readers of one role.
		assertThat(editorAgain.select("main").outerHtml()).isEqualTo(editor.select("main").outerHtml());

		assertThat(page("/facilities", "editor", "EDITOR").select("#add-facility")).hasSize(1);
		assertThat(page("/facilities", "analyst", "ANALYST").select("#add-facility")).isEmpty();
		assertThat(page("/facilities", "editor", "EDITOR").select("#add-facility")).hasSize(1);
	}

	/**
	 * The layout around a kept main is kept too, with each reader's name and sign-out token put in
	 * per request: two readers of one role see their own names (escaped), and the token each page
	 * carries signs its own session out, while a made-up one is refused.
	 */
	@Test
	void aKeptLayoutCarriesEachReadersNameAndToken() throws Exception {
		page("/facilities/al-hol-camp", "analyst", "ANALYST");
		assertThat(rendered.layoutBytesKept()).as("the layout was cut at its markers and kept").isPositive();
		assertThat(page("/facilities/al-hol-camp", "analyst", "ANALYST").select("#signed-in-as").text()).isEqualTo("analyst");
		Document other = page("/facilities/al-hol-camp", "<b>other</b>", "ANALYST");
		assertThat(other.select("#signed-in-as").text()).isEqualTo("<b>other</b>");
		assertThat(other.select("#signed-in-as b")).isEmpty();

		for (int reading = 0; reading < 2; reading++) {
			MockHttpSession session = new MockHttpSession();
			var response = mvc.perform(get("/facilities/al-hol-camp").session(session).with(user("analyst").roles("ANALYST")))
				.andReturn()
				.getResponse();
			String token = Pages.of(response).document().select("form.user input[name=_csrf]").val();
			assertThat(token).isNotBlank().doesNotContain("kept-");
			mvc.perform(post("/logout").session(session).with(user("analyst").roles("ANALYST")).param("_csrf", "made-up"))
				.andExpect(status().isForbidden());
			mvc.perform(post("/logout").session(session).with(user("analyst").roles("ANALYST")).param("_csrf", token))
				.andExpect(redirectedUrl("/login?signedOut"));
		}
	}

	/**
	 * A browser that accepts gzip gets the kept page compressed: the same page once inflated, with
	 * its own name and a token that signs its own session out, and a write shows on the next one.
	 */
	@Test
	void aKeptPageSentCompressedIsThePageWithItsReadersOwnNameAndToken() throws Exception {
		String url = "/facilities/al-hol-camp";
		page(url, "analyst", "ANALYST");
		for (int reading = 0; reading < 2; reading++) {
			MockHttpSession session = new MockHttpSession();
			var compressed = mvc.perform(get(url).session(session).header("Accept-Encoding", "gzip, deflate, br")
				.with(user("analyst").roles("ANALYST"))).andReturn().getResponse();
			assertThat(compressed.getStatus()).isEqualTo(200);
			assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
			assertThat(compressed.getHeaders("Vary")).contains("Accept-Encoding");
			assertThat(compressed.getContentType()).isEqualTo("text/html;charset=UTF-8");
			byte[] body = compressed.getContentAsByteArray();
			assertThat(compressed.getContentLengthLong()).isEqualTo(body.length);
			String html;
			try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
				html = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			Document inflated = org.jsoup.Jsoup.parse(html);
			Document plain = page(url, "analyst", "ANALYST");
			assertThat(body.length).isLessThan(html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 2);
			assertThat(inflated.select("main").outerHtml()).isEqualTo(plain.select("main").outerHtml());
			assertThat(inflated.select("#signed-in-as").text()).isEqualTo("analyst");
			String token = inflated.select("form.user input[name=_csrf]").val();
			assertThat(token).isNotBlank().doesNotContain("kept-");
			mvc.perform(post("/logout").session(session).with(user("analyst").roles("ANALYST")).param("_csrf", token))
				.andExpect(redirectedUrl("/login?signedOut"));
		}
		addFigure("al-hol-camp", 12_345);
		var after = mvc.perform(get(url).header("Accept-Encoding", "gzip").with(user("analyst").roles("ANALYST")))
			.andReturn()
			.getResponse();
		try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(after.getContentAsByteArray()))) {
			assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("12,345");
		}
	}

	@Test
	void aKnownOnDateIsAPageOfItsOwn() throws Exception {
		Document today = page("/facilities/panorama-prison", "analyst", "ANALYST");
		Document before = page("/facilities/panorama-prison?knownOn=2025-06-01", "analyst", "ANALYST");

		assertThat(before.select("main").outerHtml()).isNotEqualTo(today.select("main").outerHtml());
		assertThat(page("/facilities/panorama-prison?knownOn=2025-06-01", "analyst", "ANALYST").select("main").outerHtml())
			.isEqualTo(before.select("main").outerHtml());
	}

	/**
	 * Outside a transaction, as a server runs: inside one nothing is remembered (its own writes are
	 * not yet anyone else's), so every request goes the controller's way.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void aPageAnsweredAgainWithoutItsControllerIsThePageTheControllerGives() throws Exception {
		for (String url : List.of("/facilities/al-hol-camp", "/", "/facilities", "/search?q=panorama")) {
			// rendered and kept by the controller; then, if its queries may have written as far as the
			// server can tell, the version asked again by the controller; by the third, from kept parts
			MvcResult first = mvc.perform(get(url).with(user("analyst").roles("ANALYST"))).andReturn();
			mvc.perform(get(url).with(user("analyst").roles("ANALYST"))).andReturn();
			MvcResult again = mvc.perform(get(url).with(user("analyst").roles("ANALYST"))).andReturn();
			assertThat(first.getHandler()).as(url).isInstanceOf(HandlerMethod.class);
			assertThat(again.getHandler()).as(url + " answered from kept parts").isNotInstanceOf(HandlerMethod.class);

			assertThat(again.getRequest().getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
				.as(url + ": the route, for the request metrics")
				.isEqualTo(first.getRequest().getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));

			MockHttpServletResponse controller = first.getResponse();
			MockHttpServletResponse door = again.getResponse();
			assertThat(door.getStatus()).isEqualTo(200);
			for (String header : List.of("Content-Type", "Content-Language", "Vary", "Cache-Control", "X-Frame-Options")) {
				assertThat(door.getHeader(header)).as(url + " " + header).isEqualTo(controller.getHeader(header));
			}
			// the CSRF token is masked afresh for every request; all else is the same, byte for byte
			assertThat(withoutTokens(door.getContentAsString(StandardCharsets.UTF_8)))
				.isEqualTo(withoutTokens(controller.getContentAsString(StandardCharsets.UTF_8)));
		}
	}

	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void anotherReaderOrAConfirmationIsNeverAnsweredFromAnotherRequest() throws Exception {
		String url = "/facilities/al-hol-camp";
		page(url, "analyst", "ANALYST");
		page(url, "analyst", "ANALYST");
		assertThat(mvc.perform(get(url).with(user("analyst").roles("ANALYST"))).andReturn().getHandler())
			.as("answered from kept parts")
			.isNotInstanceOf(HandlerMethod.class);

		MvcResult editor = mvc.perform(get(url).with(user("an-editor").roles("EDITOR"))).andReturn();
		assertThat(editor.getHandler()).as("other roles, other links: the controller's way").isInstanceOf(HandlerMethod.class);
		assertThat(Pages.of(editor.getResponse()).text("#signed-in-as")).isEqualTo("an-editor");

		MvcResult otherAnalyst = mvc.perform(get(url).with(user("other-analyst").roles("ANALYST"))).andReturn();
		assertThat(Pages.of(otherAnalyst.getResponse()).text("#signed-in-as")).isEqualTo("other-analyst");

		MvcResult confirmed = mvc.perform(get(url).with(user("analyst").roles("ANALYST")).flashAttr("confirmation", "saved.count"))
			.andReturn();
		assertThat(confirmed.getHandler()).isInstanceOf(HandlerMethod.class);
		assertThat(Pages.of(confirmed.getResponse()).document().select("#confirmation")).hasSize(1);
	}

	private static String withoutTokens(String html) {
		return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\"");
	}

	private Document page(String url, String name, String role) throws Exception {
		Pages.Page page = Pages.of(mvc.perform(get(url).with(user(name).roles(role))).andReturn().getResponse());
		assertThat(page.status()).as(url).isEqualTo(200);
		return page.document();
	}

	private String json(String url) throws Exception {
		var response = mvc.perform(get(url).with(user("analyst").roles("ANALYST"))).andReturn().getResponse();
		assertThat(response.getStatus()).as(url).isEqualTo(200);
		assertThat(response.getContentType()).as(url).startsWith("application/json");
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private void addFigure(String facility, int value) {
		jdbc.sql("""
				insert into reported_count (facility_id, cohort_id, custody_holder_id, value, qualifier, lower_bound,
				                            upper_bound, as_of, as_of_precision, source_id, speaker, recorded_by)
				select f.id, c.id, h.id, :value, 'EXACT', :value, :value, date '2026-02-20', 'DAY', s.id, 'A speaker', 'test'
				from facility f, cohort c, custody_holder h, source s
				where f.slug = :facility and c.slug = 'isis-detainees' and h.slug = 'sdf' and s.outlet = 'Politico'""")
			.param("facility", facility)
			.param("value", value)
			.update();
	}

}
