package org.detaineetracker.test;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Submitting forms as an editor's browser would, and reading what a submission left in the database. */
public final class FormTests {

	private FormTests() {
	}

	/** Posts the fields (null values are left out, as a browser leaves out a missing field) with a CSRF token. */
	public static Pages.Page submit(MockMvc mvc, String url, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		fields.forEach((name, value) -> {
			if (value != null) {
				request.param(name, value);
			}
		});
		MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		Map<String, List<String>> headers = new LinkedHashMap<>();
		response.getHeaderNames().forEach(name -> headers.put(name, response.getHeaders(name)));
		return new Pages.Page(response.getStatus(), Jsoup.parse(body), body, response.getContentType(), headers);
	}

	/** A copy of {@code fields} with one field changed (a null value removes it). */
	public static Map<String, String> with(Map<String, String> fields, String name, String value) {
		Map<String, String> changed = new LinkedHashMap<>(fields);
		changed.put(name, value);
		return changed;
	}

	/** Whether the page shows an error beside the field (the form fragments mark its container). */
	public static boolean hasFieldError(Pages.Page page, String field) {
		return !page.document().select(".has-error #" + field).isEmpty();
	}

	/** The id at the end of a redirect such as /sources/42. */
	public static long redirectedId(Pages.Page page) {
		String location = page.header("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	public static long rows(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** Each revision of one record, oldest first, as "username:revtype" (0 created, 1 changed). */
	public static List<String> revisions(JdbcClient jdbc, String table, long id) {
		return jdbc.sql("select r.username || ':' || a.revtype from " + table
				+ "_aud a join revision r on r.id = a.rev where a.id = ? order by a.rev")
			.param(id)
			.query(String.class)
			.list();
	}

}
