package org.detaineetracker.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.detaineetracker.account.ApiTokens;
import org.detaineetracker.test.NewRows;
import org.detaineetracker.test.Pages;
import org.detaineetracker.test.TrackerTest;

/**
 * {@code POST /api/counts} and {@code POST /api/movements}: created with an editor's token (and in
 * its history as that editor), refused in the words of the forms, duplicates held back until
 * confirmed, and nothing written by any refused request. The writes commit, as a client's do, so the
 * history is really written; they are removed afterwards.
 */
@TrackerTest
class WriteApiTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokens tokens;

	NewRows newRows;

	String editorToken;

	String readOnlyToken;

	String analystToken;

	String asOf;

	long source;

	@BeforeEach
	void tokensAndASource() {
		newRows = NewRows.mark(jdbc);
		editorToken = tokens.create(account("editor"), "newsroom script", false).secret();
		readOnlyToken = tokens.create(account("editor"), "reader", true).secret();
		analystToken = tokens.create(account("analyst"), "analyst script", false).secret();
		source = jdbc.sql("select min(id) from source where published_precision = 'DAY'").query(Long.class).single();
		asOf = jdbc.sql("select published_on::text from source where id = ?").param(source).query(String.class).single();
	}

	@AfterEach
	void removeWhatWasWritten() {
		newRows.remove();
		jdbc.sql("delete from api_token where name in ('newsroom script', 'reader', 'analyst script')").update();
	}

	@Test
	void anEditorsTokenRecordsAFigureThatTheHistoryCreditsToTheEditor() throws Exception {
		MockHttpServletResponse created = send("/api/counts", figure(), editorToken);
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		JsonNode body = JSON.readTree(created.getContentAsString());
		long id = body.get("id").asLong();
		assertThat(created.getHeader("Location")).isEqualTo("/counts/" + id);
		assertThat(body.get("facility").asString()).isEqualTo("panorama-prison");
		assertThat(body.get("lowerBound").asInt()).isEqualTo(4701);
		assertThat(body.get("upperBound").isNull()).isTrue();
		assertThat(body.get("recordedBy").asString()).isEqualTo("editor");
		assertThat(jdbc.sql("select r.username from reported_count_aud a join revision r on r.id = a.rev where a.id = ?")
			.param(id).query(String.class).single()).isEqualTo("editor");
		assertThat(Pages.fetch(mvc, "/counts/" + id).status()).isNotEqualTo(500);
	}

	@Test
	void aMovementIsRecordedWithItsFirstReport() throws Exception {
		MockHttpServletResponse created = send("/api/movements", movement(), editorToken);
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		long id = JSON.readTree(created.getContentAsString()).get("id").asLong();
		assertThat(created.getHeader("Location")).isEqualTo("/movements/" + id);
		assertThat(jdbc.sql("select count(*) from movement_report where movement_id = ?").param(id).query(Long.class).single())
			.isOne();
		assertThat(jdbc.sql("select r.username from movement_aud a join revision r on r.id = a.rev where a.id = ?")
			.param(id).query(String.class).single()).isEqualTo("editor");

		MockHttpServletResponse again = send("/api/movements", movement().put("speaker", "Another official"), editorToken);
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(JSON.readTree(again.getContentAsString()).get("existing").asString()).isEqualTo("/movements/" + id);
	}

	@Test
	void aRepeatedFigureIsHeldBackUntilConfirmed() throws Exception {
		long first = JSON.readTree(send("/api/counts", figure(), editorToken).getContentAsString()).get("id").asLong();
		long rows = rows("reported_count");
		MockHttpServletResponse again = send("/api/counts", figure().put("speaker", "Someone else"), editorToken);
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getContentType()).startsWith("application/problem+json");
		assertThat(JSON.readTree(again.getContentAsString()).get("existing").asString()).isEqualTo("/counts/" + first);
		assertThat(rows("reported_count")).isEqualTo(rows);
		assertThat(send("/api/counts?confirm=true", figure().put("speaker", "Someone else"), editorToken).getStatus())
			.isEqualTo(201);
		assertThat(rows("reported_count")).isEqualTo(rows + 1);
	}

	@Test
	void refusalsUseTheFormsWordsFieldByField() throws Exception {
		Map<String, String> breakages = new LinkedHashMap<>();
		breakages.put("value", "abc");
		breakages.put("qualifier", "RANGE");
		breakages.put("asOf", "2999-01-01");
		breakages.put("speaker", "");
		breakages.put("quote", "x".repeat(601));
		for (Map.Entry<String, String> broken : breakages.entrySet()) {
			MockHttpServletResponse api = send("/api/counts", figure().put(broken.getKey(), broken.getValue()), editorToken);
			assertThat(api.getStatus()).as(broken.getKey()).isEqualTo(400);
			TreeSet<String> apiMessages = new TreeSet<>();
			JSON.readTree(api.getContentAsString()).get("errors").forEach(e -> apiMessages.add(e.get("message").asString()));

			MockHttpServletRequestBuilder form = post("/counts").with(csrf()).with(user("editor").roles("EDITOR"));
			Map<String, String> fields = formFields();
			fields.put(broken.getKey(), broken.getValue());
			fields.forEach(form::param);
			Pages.Page page = Pages.of(mvc.perform(form).andReturn().getResponse());
			assertThat(page.status()).isEqualTo(400);
			TreeSet<String> formMessages = new TreeSet<>(page.document().select(".field-error").eachText());
			assertThat(apiMessages).as(broken.getKey()).isEqualTo(formMessages).isNotEmpty();
		}
		JsonNode unknown = JSON.readTree(send("/api/counts", figure().put("facility", "nowhere").put("colour", "red"), editorToken)
			.getContentAsString());
		assertThat(unknown.get("errors").toString()).contains("Nothing has the slug “nowhere”.", "There is no field colour");
	}

	@Test
	void onlyEditorsTokensAndSessionsWithTheirCsrfTokenMayWrite() throws Exception {
		long before = rows("reported_count");
		assertThat(send("/api/counts", figure(), readOnlyToken).getStatus()).isEqualTo(403);
		assertThat(send("/api/counts", figure(), analystToken).getStatus()).isEqualTo(403);
		assertThat(send("/api/counts", figure(), "not-a-token").getStatus()).isEqualTo(401);
		assertThat(mvc.perform(post("/api/counts").contentType(MediaType.APPLICATION_JSON).content(figure().toString()))
			.andReturn().getResponse().getStatus()).isEqualTo(401);
		MockHttpServletResponse noCsrf = mvc.perform(post("/api/counts").with(user("editor").roles("EDITOR"))
			.contentType(MediaType.APPLICATION_JSON).content(figure().toString())).andReturn().getResponse();
		assertThat(noCsrf.getStatus()).isEqualTo(403);
		assertThat(rows("reported_count")).isEqualTo(before);
		MockHttpServletResponse session = mvc.perform(post("/api/counts").with(user("editor").roles("EDITOR")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(figure().toString())).andReturn().getResponse();
		assertThat(session.getStatus()).isEqualTo(201);
	}

	@Test
	void theOpenApiDescriptionHasBothWritesAndTheirBodies() throws Exception {
		JsonNode description = JSON.readTree(mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/openapi.json")
					.with(user("analyst").roles("ANALYST")))
			.andReturn().getResponse().getContentAsString());
		for (String path : List.of("/api/counts", "/api/movements")) {
			JsonNode write = description.get("paths").get(path).get("post");
			assertThat(write).as(path).isNotNull();
			assertThat(write.get("requestBody").get("required").asBoolean()).isTrue();
			assertThat(write.get("description").asString()).contains("409", "confirm=true");
		}
		JsonNode figure = description.get("components").get("schemas").get("NewFigure").get("properties");
		assertThat(figure.propertyNames()).contains("facility", "cohort", "value", "qualifier", "asOf", "source", "speaker",
				"internal");
		assertThat(description.get("components").get("schemas").get("NewMovement").get("properties").propertyNames())
			.contains("kind", "from", "to", "tally", "startedOn");
	}

	@Test
	void malformedBodiesAreRefusedAndWriteNothing() throws Exception {
		Map<String, List<String>> invalid = new LinkedHashMap<>();
		invalid.put("facility", List.of("", "0", "999999999", "<script>", "1 or 1=1", "Panorama prison"));
		invalid.put("cohort", List.of("", "nobody"));
		invalid.put("custodyHolder", List.of("nobody", "-1"));
		invalid.put("source", List.of("", "0", "abc", "99999999999999999999", "1.5"));
		invalid.put("value", List.of("", "abc", "-1", "10000001", "1e3", "4,500", "4500.5"));
		invalid.put("qualifier", List.of("", "OVERR", "over", "RANGE;"));
		invalid.put("valueHigh", List.of("5000", "abc"));
		invalid.put("asOf", List.of("", "2026-13-01", "2026-02-30", "2999-01-01", "yesterday", "-0001-01-01"));
		invalid.put("asOfPrecision", List.of("", "WEEK"));
		invalid.put("speaker", List.of("", "control\u0000character", "x".repeat(301)));
		invalid.put("quote", List.of("x".repeat(601), "red\u001b[31m text"));
		invalid.put("facility.aliases[0]", List.of("x"));
		invalid.put("id", List.of("1"));
		Map<String, Long> before = tableRows();
		Random random = new Random(20261205L);
		Map<Integer, Integer> statuses = new TreeMap<>();
		List<String> accepted = new ArrayList<>();
		for (int i = 0; i < 1_000; i++) {
			ObjectNode body = figure();
			List<String> fields = new ArrayList<>(invalid.keySet());
			for (int m = 0, n = 1 + random.nextInt(3); m < n; m++) {
				String field = fields.remove(random.nextInt(fields.size()));
				List<String> values = invalid.get(field);
				body.put(field, values.get(random.nextInt(values.size())));
			}
			int status = send("/api/counts", body, editorToken).getStatus();
			statuses.merge(status, 1, Integer::sum);
			if (status < 400 || status >= 500) {
				accepted.add(status + " " + body);
			}
		}
		for (String broken : List.of("", "{", "[1,2]", "\"text\"", "{\"value\": {\"nested\": 1}}", "{\"value\": [4500]}",
				"null")) {
			MockHttpServletResponse answer = mvc.perform(post("/api/counts").header("Authorization", "Bearer " + editorToken)
				.contentType(MediaType.APPLICATION_JSON).content(broken)).andReturn().getResponse();
			statuses.merge(answer.getStatus(), 1, Integer::sum);
			if (answer.getStatus() != 400) {
				accepted.add(answer.getStatus() + " " + broken);
			}
			assertThat(answer.getContentType()).as(broken).startsWith("application/problem+json");
		}
		System.out.println("Malformed API bodies: statuses " + statuses);
		assertThat(accepted).isEmpty();
		assertThat(tableRows()).isEqualTo(before);
	}

	private ObjectNode figure() {
		ObjectNode body = JSON.createObjectNode();
		body.put("facility", "panorama-prison");
		body.put("cohort", "isis-detainees");
		body.put("custodyHolder", "sdf");
		body.put("value", 4700);
		body.put("qualifier", "OVER");
		body.put("asOf", asOf);
		body.put("asOfPrecision", "DAY");
		body.put("source", source);
		body.put("speaker", "A prison official");
		body.put("quote", "More than 4,700 are held here.");
		return body;
	}

	/** The same figure as the browser's form sends it: references by id. */
	private Map<String, String> formFields() {
		Map<String, String> fields = new LinkedHashMap<>();
		figure().properties().forEach(field -> fields.put(field.getKey(), field.getValue().asString()));
		fields.put("facility", String.valueOf(id("select id from facility where slug = 'panorama-prison'")));
		fields.put("cohort", String.valueOf(id("select id from cohort where slug = 'isis-detainees'")));
		fields.put("custodyHolder", String.valueOf(id("select id from custody_holder where slug = 'sdf'")));
		return fields;
	}

	private ObjectNode movement() {
		ObjectNode body = JSON.createObjectNode();
		body.put("kind", "TRANSFER");
		body.put("status", "COMPLETED");
		body.put("from", "panorama-prison");
		body.put("to", "baghdad-airport-detention-facility");
		body.put("cohort", "isis-detainees");
		body.put("operator", "us-centcom");
		body.put("qualifier", "EXACT");
		body.put("value", 321);
		body.put("tally", "BATCH");
		body.put("startedOn", asOf);
		body.put("startedPrecision", "DAY");
		body.put("source", source);
		body.put("speaker", "U.S. Central Command statement");
		return body;
	}

	private MockHttpServletResponse send(String url, JsonNode body, String token) throws Exception {
		return mvc.perform(post(url)
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body.toString())).andReturn().getResponse();
	}

	private long account(String username) {
		return id("select id from account where username = '" + username + "'");
	}

	private long id(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private long rows(String table) {
		return id("select count(*) from " + table);
	}

	private Map<String, Long> tableRows() {
		Map<String, Long> counts = new TreeMap<>();
		for (String table : List.of("reported_count", "reported_count_aud", "revision", "movement", "movement_report",
				"form_submission")) {
			counts.put(table, rows(table));
		}
		return counts;
	}

}
