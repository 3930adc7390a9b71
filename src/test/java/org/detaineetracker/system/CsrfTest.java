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

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.test.EndpointCatalog;
import org.detaineetracker.test.TrackerTest;

/**
 * Every state-changing endpoint refuses a request without a CSRF token or with a forged one, even
 * from an admin, and writes nothing.
 */
@TrackerTest
@Transactional
class CsrfTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyStateChangingEndpointNeedsAValidToken() throws Exception {
		Map<String, EndpointCatalog.Row> catalog = EndpointCatalog.load(jdbc);
		List<String> accepted = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<String, EndpointCatalog.Row> entry : catalog.entrySet()) {
			HttpMethod method = HttpMethod.valueOf(entry.getKey().split(" ")[0]);
			if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
				continue;
			}
			String path = entry.getValue().path();
			int missing = mvc.perform(request(method, path).with(user("admin").roles("ADMIN")))
				.andReturn().getResponse().getStatus();
			int forged = mvc.perform(request(method, path).with(user("admin").roles("ADMIN")).with(csrf().useInvalidToken()))
				.andReturn().getResponse().getStatus();
			if (missing != 403) {
				accepted.add(entry.getKey() + " without a token: " + missing);
			}
			if (forged != 403) {
				accepted.add(entry.getKey() + " with a forged token: " + forged);
			}
			checked++;
		}
		assertThat(checked).isPositive();
		assertThat(accepted).isEmpty();
	}

	/** Against BREACH: no two pages carry the same token, and a form from any of them is accepted. */
	@Test
	void aSessionsTokenIsMaskedAfreshOnEveryPageAndEachMaskingIsAccepted() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String first = signOutToken(session);
		String second = signOutToken(session);
		assertThat(first).isNotBlank().isNotEqualTo(second);
		int signedOut = mvc.perform(post("/logout").session(session).with(user("admin").roles("ADMIN")).param("_csrf", first))
			.andReturn().getResponse().getStatus();
		assertThat(signedOut).as("the first page's form, after the second page").isEqualTo(302);
	}

	private String signOutToken(MockHttpSession session) throws Exception {
		String page = mvc.perform(get("/facilities").session(session).with(user("admin").roles("ADMIN")))
			.andReturn().getResponse().getContentAsString();
		return Jsoup.parse(page).select("input[name=_csrf]").attr("value");
	}

}
