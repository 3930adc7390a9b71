package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.account.PublicReading;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TrackerTest;

/**
 * Embeds: the embed views may be framed by this site and the sites an admin lists, every other
 * answer by none; the list is checked before it reaches a header; the facility page offers the
 * code to paste. Rolled back, so the settings are as they were afterwards.
 */
@TrackerTest
@Transactional
class EmbedsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublicReading publicReading;

	@Test
	void onlyTheEmbedViewsMayBeFramedAndOnlyByTheListedSites() throws Exception {
		MockHttpServletResponse embed = analyst("/embed/facilities/panorama-prison");
		assertThat(embed.getStatus()).isEqualTo(200);
		assertThat(embed.getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'self'");
		assertThat(embed.getHeader("X-Frame-Options")).isNull();

		saveSettings("https://news.example.org\nhttps://*.Example.COM/  http://localhost:8090").andExpectRedirect();
		embed = analyst("/embed/facilities/panorama-prison");
		assertThat(embed.getHeader("Content-Security-Policy"))
			.endsWith("frame-ancestors 'self' https://news.example.org https://*.example.com http://localhost:8090")
			.startsWith("default-src 'self'; script-src 'self'");

		for (String other : List.of("/", "/facilities/panorama-prison", "/api/facilities", "/admin/settings",
				"/embedded", "/facilities/panorama-prison/history")) {
			MockHttpServletResponse answer = mvc.perform(get(other).with(user("admin").roles("ADMIN"))).andReturn().getResponse();
			assertThat(answer.getHeader("Content-Security-Policy")).as(other).endsWith("frame-ancestors 'none'");
			assertThat(answer.getHeader("X-Frame-Options")).as(other).isEqualTo("DENY");
		}
	}

	@Test
	void theEmbedViewShowsTheChartTheEstimateAndTheDateWithoutThePageAroundIt() throws Exception {
		Page page = Pages.of(analyst("/embed/facilities/panorama-prison?knownOn=2026-01-22"));
		Page full = Pages.of(analyst("/facilities/panorama-prison?knownOn=2026-01-22"));
		assertThat(page.document().select("header, nav, form")).isEmpty();
		assertThat(page.document().select("base").attr("target")).isEqualTo("_blank");
		assertThat(page.document().select("#timeline-data").html()).isEqualTo(full.document().select("#timeline-data").html())
			.isNotBlank();
		assertThat(page.text(".population-cohort .range")).isEqualTo(full.text("#population .population-cohort .range"));
		assertThat(page.text(".embed-credit")).startsWith("Detainee Tracker, as known on 22 January 2026");
		assertThat(page.document().select("#embed-open").attr("href"))
			.isEqualTo("/facilities/panorama-prison?knownOn=2026-01-22");
		assertThat(full.document().select("#embed-code").text())
			.isEqualTo("<iframe src=\"http://localhost/embed/facilities/panorama-prison?knownOn=2026-01-22\" "
					+ "title=\"Detainee Tracker\" width=\"100%\" height=\"480\" loading=\"lazy\"></iframe>");
		assertThat(Pages.of(analyst("/embed/facilities/no-such-place")).status()).isEqualTo(404);
	}

	@Test
	void visitorsSeeEmbedsOnlyWherePublicReadingIsOn() throws Exception {
		MockHttpServletResponse closed = mvc.perform(get("/embed/facilities/panorama-prison")).andReturn().getResponse();
		assertThat(closed.getStatus()).isEqualTo(302);
		publicReading.open(true);
		MockHttpServletResponse open = mvc.perform(get("/embed/facilities/panorama-prison")).andReturn().getResponse();
		assertThat(open.getStatus()).isEqualTo(200);
		assertThat(open.getHeader("Cache-Control")).isEqualTo("public, max-age=" + PublicPages.MAX_AGE);
		assertThat(open.getHeader("Content-Security-Policy")).endsWith("frame-ancestors 'self'");
	}

	@Test
	void aListThatIsNotOfSitesIsRefusedWithTheReasonAndNothingIsSaved() throws Exception {
		for (String typed : List.of("news.example.org", "https://example.org/path", "javascript:alert(1)",
				"https://example.org; script-src *", "'unsafe-inline'", "https://*")) {
			MockHttpServletResponse refused = mvc
				.perform(post("/admin/settings").param("embedOrigins", typed).param("publicReading", "true")
					.with(user("admin").roles("ADMIN")).with(csrf()))
				.andReturn().getResponse();
			assertThat(refused.getStatus()).as(typed).isEqualTo(400);
			Page page = Pages.of(refused);
			assertThat(page.text("#embed-origins-help .field-error")).as(typed).contains("is not a site address");
			assertThat(page.document().select("#embed-origins").text()).isEqualTo(typed);
			assertThat(jdbc.sql("select public_reading or embed_origins <> '' from site_setting").query(Boolean.class).single())
				.as(typed).isFalse();
		}
		StringBuilder many = new StringBuilder();
		for (int i = 0; i < 21; i++) {
			many.append("https://site").append(i).append(".example.org\n");
		}
		MockHttpServletResponse tooMany = mvc.perform(post("/admin/settings").param("embedOrigins", many.toString())
			.with(user("admin").roles("ADMIN")).with(csrf())).andReturn().getResponse();
		assertThat(tooMany.getStatus()).isEqualTo(400);
		assertThat(Pages.of(tooMany).text(".field-error")).isEqualTo("List at most 20 sites; 21 were given.");
	}

	private MockHttpServletResponse analyst(String url) throws Exception {
		return mvc.perform(get(url).with(user("analyst").roles("ANALYST"))).andReturn().getResponse();
	}

	private Saved saveSettings(String origins) throws Exception {
		return new Saved(mvc.perform(post("/admin/settings").param("embedOrigins", origins)
			.with(user("admin").roles("ADMIN")).with(csrf())).andReturn().getResponse());
	}

	private record Saved(MockHttpServletResponse response) {

		void andExpectRedirect() {
			assertThat(response.getRedirectedUrl()).isEqualTo("/admin/settings");
		}

	}

}
