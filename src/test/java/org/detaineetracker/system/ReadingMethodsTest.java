package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.test.EndpointCatalog;
import org.detaineetracker.test.EndpointCatalog.Row;
import org.detaineetracker.test.TrackerTest;

/**
 * HEAD runs the same controller as GET, so every page answers HEAD for every role with GET's status:
 * an analyst's HEAD on an editor's form is refused before the controller runs. OPTIONS follows the
 * same rules.
 */
@TrackerTest
@Transactional
class ReadingMethodsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void headAnswersEveryPageAndRoleAsGetDoes() throws Exception {
		List<String> wrong = new ArrayList<>();
		int checks = 0;
		for (Map.Entry<String, Row> entry : EndpointCatalog.load(jdbc).entrySet()) {
			if (!entry.getKey().startsWith("GET ")) {
				continue;
			}
			Row row = entry.getValue();
			checks += check(wrong, entry.getKey(), request(HttpMethod.HEAD, row.path()), row.anonymous(), "anonymous");
			checks += check(wrong, entry.getKey(), as("ANALYST", HttpMethod.HEAD, row.path()), row.analyst(), "analyst");
			checks += check(wrong, entry.getKey(), as("EDITOR", HttpMethod.HEAD, row.path()), row.editor(), "editor");
			checks += check(wrong, entry.getKey(), as("ADMIN", HttpMethod.HEAD, row.path()), row.admin(), "admin");
		}
		System.out.println("HEAD like GET: " + checks + " checks");
		assertThat(wrong).isEmpty();
	}

	@Test
	void optionsNeedsTheSameRoleAsReading() throws Exception {
		long count = jdbc.sql("select id from reported_count where value = 4500").query(Long.class).single();
		assertThat(status(as("ANALYST", HttpMethod.OPTIONS, "/counts/" + count + "/edit"))).isEqualTo(403);
		assertThat(status(as("EDITOR", HttpMethod.OPTIONS, "/counts/" + count + "/edit"))).isEqualTo(200);
		assertThat(status(as("EDITOR", HttpMethod.OPTIONS, "/admin/users"))).isEqualTo(403);
		assertThat(status(as("ANALYST", HttpMethod.OPTIONS, "/facilities"))).isEqualTo(200);
		assertThat(status(request(HttpMethod.OPTIONS, "/facilities"))).isEqualTo(302);
	}

	private MockHttpServletRequestBuilder as(String role, HttpMethod method, String path) {
		return request(method, path).with(user(role.toLowerCase()).roles(role));
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private int check(List<String> wrong, String endpoint, MockHttpServletRequestBuilder request, int expected, String who)
			throws Exception {
		int status = status(request);
		if (status != expected) {
			wrong.add("HEAD of " + endpoint + " as " + who + ": " + status + " (GET: " + expected + ")");
		}
		return 1;
	}

}
