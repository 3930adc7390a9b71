package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import org.detaineetracker.test.EndpointCatalog;
import org.detaineetracker.test.EndpointCatalog.Row;
import org.detaineetracker.test.Endpoints;
import org.detaineetracker.test.TrackerTest;

/**
 * Every endpoint × {anonymous, analyst, editor, admin} answers with the status this table expects.
 * An endpoint the table does not know fails the test, so a new endpoint cannot ship without a
 * decision about who may use it. Writes are rolled back.
 */
@TrackerTest
@Transactional
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	Map<String, Row> matrix;

	@BeforeAll
	void loadTheCatalog() {
		matrix = EndpointCatalog.load(jdbc);
	}

	@Test
	void theMatrixKnowsEveryEndpoint() {
		Set<String> endpoints = Endpoints.of(mapping);
		assertThat(matrix.keySet()).as("endpoints in the matrix").containsExactlyInAnyOrderElementsOf(endpoints);
	}

	@Test
	void everyEndpointAnswersEveryRoleAsExpected() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Row> entry : matrix.entrySet()) {
			HttpMethod method = HttpMethod.valueOf(entry.getKey().split(" ")[0]);
			Row row = entry.getValue();
			check(wrong, entry.getKey(), "anonymous", request(method, row.path()), row.anonymous());
			check(wrong, entry.getKey(), "analyst", as("analyst", "ANALYST", method, row.path()), row.analyst());
			check(wrong, entry.getKey(), "editor", as("editor", "EDITOR", method, row.path()), row.editor());
			check(wrong, entry.getKey(), "admin", as("admin", "ADMIN", method, row.path()), row.admin());
		}
		assertThat(wrong).isEmpty();
		System.out.println("Role matrix: " + matrix.size() + " endpoints × 4 roles = " + matrix.size() * 4 + " checks");
	}

	private MockHttpServletRequestBuilder as(String name, String role, HttpMethod method, String path) {
		return request(method, path).with(user(name).roles(role));
	}

	private void check(List<String> wrong, String endpoint, String who, MockHttpServletRequestBuilder request,
			int expected) throws Exception {
		int status = mvc.perform(request.with(csrf())).andReturn().getResponse().getStatus();
		if (status != expected) {
			wrong.add(endpoint + " as " + who + ": " + status + " (expected " + expected + ")");
		}
	}

}
