package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.account.PublicReading;
import org.detaineetracker.test.EndpointCatalog;
import org.detaineetracker.test.EndpointCatalog.Row;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.StatementCounter;
import org.detaineetracker.test.TrackerTest;

/**
 * Public reading on and off: what a visitor without an account may open (every endpoint of the
 * catalog, with the anonymous column depending on the setting), what a public page must not show,
 * and how public answers are cached. Rolled back, so the setting is off again afterwards.
 */
@TrackerTest
@Transactional
class PublicReadingTest {

	/** An account name put on every revision and figure here, so a page that shows one is caught. */
	private static final String EDITOR_NAME = "hidden-editor-name";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicReading publicReading;

	@Autowired
	StatementCounter statements;

	@Test
	void theAnonymousColumnFollowsTheSettingAndSignedInAnswersDoNot() throws Exception {
		List<String> wrong = new ArrayList<>();
		Map<String, Row> closed = EndpointCatalog.load(jdbc);
		int checks = check(wrong, closed, "off");

		publicReading.open(true);
		Map<String, Row> open = EndpointCatalog.loadWithPublicReading(jdbc);
		checks += check(wrong, open, "on");

		assertThat(wrong).isEmpty();
		assertThat(open.values().stream().filter(row -> row.anonymous() == 200)).as("pages opened").hasSizeGreaterThan(15);
		System.out.println("Public reading matrix: " + closed.size() + " endpoints × 4 visitors × 2 settings = " + checks
				+ " checks");
	}

	@Test
	void aPublicPageShowsNoEditorLinksNoAccountNamesAndWhenItWasLastUpdated() throws Exception {
		jdbc.sql("update revision set username = :name").param("name", EDITOR_NAME).update();
		jdbc.sql("update reported_count set recorded_by = :name").param("name", EDITOR_NAME).update();
		Map<String, Row> open = EndpointCatalog.loadWithPublicReading(jdbc);
		String history = open.get("GET /facilities/{slug}/history").path();
		String figure = open.get("GET /counts/{id}").path();
		// the names are there for a signed-in reader, so their absence below means something
		assertThat(body(get(history).with(user("analyst").roles("ANALYST")))).contains(EDITOR_NAME);
		assertThat(body(get(figure).with(user("analyst").roles("ANALYST")))).contains(EDITOR_NAME);
		assertThat(body(get("/facilities/panorama-prison").with(user("editor").roles("EDITOR")))).contains("/edit\"");

		publicReading.open(true);
		int pages = 0;
		for (Map.Entry<String, Row> entry : open.entrySet()) {
			if (!entry.getKey().startsWith("GET ") || entry.getValue().anonymous() != 200 || entry.getKey().equals("GET /login")) {
				continue;
			}
			MockHttpServletResponse response = mvc.perform(get(entry.getValue().path())).andReturn().getResponse();
			Page page = Pages.of(response);
			assertThat(page.body()).as(entry.getKey()).doesNotContain(EDITOR_NAME);
			if (page.contentType().startsWith("text/html")) {
				pages++;
				assertThat(page.document().select("a[href$=/edit], a[href$=/new], a[href*=/new?], a[href$=/retract], "
						+ "a[href^=/admin], form[method=post]")).as(entry.getKey()).isEmpty();
				assertThat(page.text("#last-updated")).as(entry.getKey()).startsWith("Last updated ");
				if (!entry.getKey().startsWith("GET /embed/")) {
					// an embed view has no navigation: its links open the tracker itself
					assertThat(page.text("#sign-in")).as(entry.getKey()).isEqualTo("Sign in");
				}
			}
		}
		assertThat(pages).isGreaterThan(10);
	}

	/** A cited link names its date; a visitor without an account must see that the page is of the past. */
	@Test
	void aPublicPageOfAPastDateSaysSoAndLeadsBackToToday() throws Exception {
		publicReading.open(true);
		for (String path : List.of("/movements", "/facilities/panorama-prison", "/")) {
			Page past = Pages.of(mvc.perform(get(path + "?knownOn=2025-06-01")).andReturn().getResponse());
			assertThat(past.text("#known-on-banner")).as(path).contains("Showing only what was known on 1 June 2025");
			assertThat(past.document().select("#known-on-clear").attr("href")).as(path).doesNotContain("2025-06-01");
			Page today = Pages.of(mvc.perform(get(path)).andReturn().getResponse());
			assertThat(today.document().select("#known-on-banner, .known-on-bar")).as(path).isEmpty();
		}
	}

	@Test
	void anUnchangedPublicPageAnswersAConditionalRequestWith304() throws Exception {
		publicReading.open(true);
		for (String url : List.of("/facilities/panorama-prison", "/api/facilities/panorama-prison")) {
			MockHttpServletResponse first = mvc.perform(get(url)).andReturn().getResponse();
			String etag = first.getHeader("ETag");
			assertThat(first.getStatus()).isEqualTo(200);
			assertThat(etag).as(url).matches("\"\\d+-\\d{4}-\\d{2}-\\d{2}\"");
			assertThat(first.getHeader("Cache-Control")).isEqualTo("public, max-age=" + PublicPages.MAX_AGE);
			assertThat(first.getHeader("Last-Modified")).isNotBlank();

			statements.reset();
			MockHttpServletResponse again = mvc.perform(get(url).header("If-None-Match", etag)).andReturn().getResponse();
			assertThat(again.getStatus()).as(url).isEqualTo(304);
			assertThat(again.getContentAsString()).isEmpty();
			assertThat(again.getHeader("ETag")).isEqualTo(etag);
			// revalidating costs the one statement that reads the data version, and no rendering
			assertThat(statements.count()).as(url).isEqualTo(1);
		}

		String before = mvc.perform(get("/facilities/panorama-prison")).andReturn().getResponse().getHeader("ETag");
		jdbc.sql("update facility set description = 'Changed for the validator' where slug = 'panorama-prison'").update();
		MockHttpServletResponse changed = mvc.perform(get("/facilities/panorama-prison").header("If-None-Match", before))
			.andReturn()
			.getResponse();
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getHeader("ETag")).isNotEqualTo(before);
		assertThat(Pages.of(changed).text("h1")).isEqualTo("Panorama prison");
	}

	@Test
	void signedInAnswersStayPrivate() throws Exception {
		publicReading.open(true);
		MockHttpServletResponse page = mvc.perform(get("/facilities/panorama-prison").with(user("analyst").roles("ANALYST")))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getHeader("Cache-Control")).contains("no-store");
		assertThat(page.getHeader("ETag")).isNull();
		assertThat(Pages.of(page).document().select("#last-updated")).isEmpty();
	}

	@Test
	void whilePublicReadingIsOffAnonymousAnswersAreNotCachedPublicly() throws Exception {
		MockHttpServletResponse api = mvc.perform(get("/api/facilities")).andReturn().getResponse();
		assertThat(api.getStatus()).isEqualTo(401);
		assertThat(api.getHeader("Cache-Control")).doesNotContain("public");
		assertThat(mvc.perform(get("/facilities")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void anAdminTurnsPublicReadingOnAndOffOnTheSettingsPage() throws Exception {
		assertThat(Pages.of(mvc.perform(get("/admin/settings").with(user("admin").roles("ADMIN"))).andReturn().getResponse())
			.document()
			.select("#public-reading[checked]")).isEmpty();

		MockHttpServletResponse saved = mvc
			.perform(post("/admin/settings").param("publicReading", "true").with(user("admin").roles("ADMIN")).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/settings");
		assertThat(jdbc.sql("select public_reading from site_setting").query(Boolean.class).single()).isTrue();
		assertThat(mvc.perform(get("/facilities")).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(Pages.of(mvc.perform(get("/admin/settings").with(user("admin").roles("ADMIN"))).andReturn().getResponse())
			.document()
			.select("#public-reading[checked]")).hasSize(1);

		MockHttpServletResponse nonsense = mvc
			.perform(post("/admin/settings").param("publicReading", "perhaps").with(user("admin").roles("ADMIN")).with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(nonsense.getStatus()).isEqualTo(400);
		assertThat(jdbc.sql("select public_reading from site_setting").query(Boolean.class).single()).isTrue();

		mvc.perform(post("/admin/settings").with(user("admin").roles("ADMIN")).with(csrf()));
		assertThat(jdbc.sql("select public_reading from site_setting").query(Boolean.class).single()).isFalse();
		assertThat(mvc.perform(get("/facilities")).andReturn().getResponse().getStatus()).isEqualTo(302);
	}

	private int check(List<String> wrong, Map<String, Row> matrix, String setting) throws Exception {
		int checks = 0;
		for (Map.Entry<String, Row> entry : matrix.entrySet()) {
			// an admin's empty settings form (a row of the catalog) turns it off again
			publicReading.open(setting.equals("on"));
			HttpMethod method = HttpMethod.valueOf(entry.getKey().split(" ")[0]);
			Row row = entry.getValue();
			checks += check(wrong, entry.getKey() + " (public reading " + setting + ")", "anonymous",
					request(method, row.path()), row.anonymous());
			checks += check(wrong, entry.getKey() + " (public reading " + setting + ")", "analyst",
					request(method, row.path()).with(user("analyst").roles("ANALYST")), row.analyst());
			checks += check(wrong, entry.getKey() + " (public reading " + setting + ")", "editor",
					request(method, row.path()).with(user("editor").roles("EDITOR")), row.editor());
			checks += check(wrong, entry.getKey() + " (public reading " + setting + ")", "admin",
					request(method, row.path()).with(user("admin").roles("ADMIN")), row.admin());
		}
		return checks;
	}

	private int check(List<String> wrong, String endpoint, String who, MockHttpServletRequestBuilder request, int expected)
			throws Exception {
		int status = mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();
		if (status != expected) {
			wrong.add(endpoint + " as " + who + ": " + status + " (expected " + expected + ")");
		}
		return 1;
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getContentAsString();
	}

}
