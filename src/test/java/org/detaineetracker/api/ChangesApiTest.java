package org.detaineetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;

/**
 * The sync collections over real HTTP: their shapes, paging, filters, updatedSince and the order
 * a client relies on (last change, then id), and 400 problems for parameters they cannot read.
 */
@TrackerServerTest
class ChangesApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebSession analyst;

	@BeforeEach
	void signIn() throws Exception {
		analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
	}

	JsonNode get(String path, int status) throws Exception {
		Page page = analyst.get(path, "application/json");
		assertThat(page.status()).as(path).isEqualTo(status);
		assertThat(page.contentType()).as(path).startsWith(status < 400 ? "application/json" : "application/problem+json");
		return JSON.readTree(page.body());
	}

	@Test
	void countsComeWithTheirFigureSourceAndLastChangeFilteredByFacilityAndCountry() throws Exception {
		long inDatabase = jdbc.sql("select count(*) from reported_count r join facility f on f.id = r.facility_id "
				+ "where f.slug = 'panorama-prison'").query(Long.class).single();
		JsonNode panorama = get("/api/counts?facility=panorama-prison&size=200", 200);
		assertThat(panorama.get("totalItems").asLong()).isEqualTo(inDatabase).isPositive();
		assertThat(panorama.get("items").findValuesAsString("facility")).containsOnly("panorama-prison");
		JsonNode first = panorama.get("items").get(0);
		assertThat(first.get("value").isInt()).isTrue();
		assertThat(first.get("bounds").get("lower").isInt()).isTrue();
		assertThat(first.get("asOf").get("precision").asString()).isIn("DAY", "MONTH", "YEAR");
		assertThat(first.get("source").get("href").asString()).startsWith("/api/sources/");
		assertThat(first.get("status").asString()).isIn("ACTIVE", "RETRACTED");
		assertThat(Instant.parse(first.get("updatedAt").asString())).isBefore(Instant.now().plusSeconds(60));
		assertInChangeOrder(panorama.get("items"));

		long inSyria = jdbc.sql("select count(*) from reported_count r join facility f on f.id = r.facility_id "
				+ "where f.country_code = 'SY'").query(Long.class).single();
		JsonNode syria = get("/api/counts?country=SY&size=200", 200);
		assertThat(syria.get("totalItems").asLong()).isEqualTo(inSyria);
		assertThat(syria.get("items").findValuesAsString("facility")).contains("panorama-prison");
		assertThat(get("/api/counts?country=FR", 200).get("items")).isEmpty();
		assertThat(get("/api/counts?cohort=isis-detainees&size=200", 200).get("items").findValuesAsString("cohort"))
			.containsOnly("isis-detainees");
	}

	@Test
	void knownOnLeavesOutFiguresFromLaterSources() throws Exception {
		long all = get("/api/counts", 200).get("totalItems").asLong();
		long known = get("/api/counts?knownOn=2025-12-31", 200).get("totalItems").asLong();
		long expected = jdbc.sql("select count(*) from reported_count r join source s on s.id = r.source_id "
				+ "where count_known_on(s.known_from, r.retracted_at, date '2025-12-31')").query(Long.class).single();
		assertThat(known).isEqualTo(expected).isLessThan(all);
		assertThat(get("/api/counts?knownOn=2025-12-31", 200).get("knownOn").asString()).isEqualTo("2025-12-31");
	}

	@Test
	void pagesWalkEveryRecordOnceInChangeOrder() throws Exception {
		long total = get("/api/counts", 200).get("totalItems").asLong();
		List<Long> seen = new ArrayList<>();
		List<JsonNode> walked = new ArrayList<>();
		for (int page = 0; page * 3 < total; page++) {
			JsonNode answer = get("/api/counts?size=3&page=" + page, 200);
			assertThat(answer.get("totalPages").asLong()).isEqualTo((total + 2) / 3);
			answer.get("items").forEach(item -> {
				seen.add(item.get("id").asLong());
				walked.add(item);
			});
		}
		assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
		assertInChangeOrder(JSON.valueToTree(walked));
		assertThat(get("/api/counts?size=3&page=" + total, 200).get("items")).isEmpty();
	}

	@Test
	void updatedSinceReturnsWhatChangedAtOrAfterTheMomentAndAnEditShowsUp() throws Exception {
		long cohort = jdbc.sql("select id from cohort where slug = 'isis-detainees'").query(Long.class).single();
		JsonNode before = get("/api/cohorts?size=200", 200);
		Instant latest = latest(before.get("items"));
		// a change made after the last sync, by the database's clock, as a form's save is
		jdbc.sql("update cohort set description = description where id = ?").param(cohort).update();
		Instant changedAt = jdbc.sql("select updated_at from cohort where id = ?").param(cohort)
			.query(java.sql.Timestamp.class).single().toInstant();
		JsonNode since = get("/api/cohorts?updatedSince=" + changedAt, 200);
		assertThat(since.get("items").findValuesAsString("slug")).contains("isis-detainees");
		assertThat(since.get("items").findValues("updatedAt")).allSatisfy(
				at -> assertThat(Instant.parse(at.asString())).isAfterOrEqualTo(changedAt));
		assertThat(get("/api/cohorts?updatedSince=" + changedAt.plusSeconds(3600), 200).get("items")).isEmpty();
		assertThat(changedAt).isAfterOrEqualTo(latest.minusSeconds(1));
		assertThat(get("/api/cohorts?updatedSince=2000-01-01T00:00:00%2B02:00", 200).get("totalItems").asLong())
			.isEqualTo(before.get("totalItems").asLong());
	}

	@Test
	void movementsComeWithTheirReportsAndAReportChangesItsMovement() throws Exception {
		JsonNode all = get("/api/movements?size=200", 200);
		long movements = jdbc.sql("select count(*) from movement m where exists "
				+ "(select 1 from movement_report r where r.movement_id = m.id)").query(Long.class).single();
		assertThat(all.get("totalItems").asLong()).isEqualTo(jdbc.sql("select count(*) from movement").query(Long.class).single());
		assertThat(movements).isPositive();
		JsonNode first = all.get("items").get(0);
		assertThat(first.get("from").asString()).isNotBlank();
		assertThat(first.get("reports")).isNotEmpty();
		assertThat(first.get("reports").get(0).get("source").get("href").asString()).startsWith("/api/sources/");
		assertInChangeOrder(all.get("items"));

		long movement = first.get("id").asLong();
		jdbc.sql("update movement_report set speaker = speaker where movement_id = ?").param(movement).update();
		Instant touched = jdbc.sql("select updated_at from movement where id = ?").param(movement)
			.query(java.sql.Timestamp.class).single().toInstant();
		JsonNode since = get("/api/movements?updatedSince=" + touched, 200);
		assertThat(since.get("items").findValues("id").stream().map(JsonNode::asLong)).contains(movement);

		String slug = first.get("from").asString();
		assertThat(get("/api/movements?facility=" + slug + "&size=200", 200).get("items"))
			.allSatisfy(m -> assertThat(List.of(m.get("from").asString(), String.valueOf(m.get("to").asString()))).contains(slug));
	}

	@Test
	void holdersCohortsAndSourcesAreListedAndFiltered() throws Exception {
		JsonNode syrian = get("/api/holders?country=SY&size=200", 200);
		assertThat(syrian.get("items").findValuesAsString("slug")).contains("sdf");
		assertThat(syrian.get("items").findValuesAsString("countryCode")).containsOnly("SY");
		assertThat(get("/api/holders", 200).get("totalItems").asLong())
			.isEqualTo(jdbc.sql("select count(*) from custody_holder").query(Long.class).single());
		assertThat(get("/api/cohorts", 200).get("items").findValuesAsString("slug")).contains("isis-detainees");

		JsonNode hol = get("/api/sources?facility=panorama-prison&size=200", 200);
		long holSources = jdbc.sql("select count(distinct r.source_id) from reported_count r join facility f "
				+ "on f.id = r.facility_id where f.slug = 'panorama-prison'").query(Long.class).single();
		assertThat(hol.get("totalItems").asLong()).isEqualTo(holSources).isPositive();
		assertThat(hol.get("items").get(0).get("href").asString()).startsWith("/api/sources/");
		assertThat(get("/api/sources?knownOn=2025-12-31", 200).get("totalItems").asLong())
			.isLessThan(get("/api/sources", 200).get("totalItems").asLong());
	}

	@Test
	void parametersItCannotReadAre400ProblemsWithTheReason() throws Exception {
		assertThat(get("/api/counts?updatedSince=yesterday", 400).get("reason").asString())
			.contains("not a valid updatedSince").contains("2026-01-31T00:00:00Z");
		assertThat(get("/api/counts?updatedSince=2026-01-31", 400).get("reason").asString()).contains("updatedSince");
		assertThat(get("/api/counts?country=Iraq", 400).get("reason").asString()).contains("ISO 3166-1 alpha-2");
		assertThat(get("/api/counts?source=first", 400).get("reason").asString()).contains("not a valid source");
		assertThat(get("/api/counts?facility=atlantis", 400).get("reason").asString())
			.isEqualTo("No facility with that slug is recorded.");
		assertThat(get("/api/movements?holder=nobody", 400).get("reason").asString()).contains("custody holder");
		assertThat(get("/api/counts?cohort=nobody", 400).get("reason").asString()).contains("cohort");
		assertThat(get("/api/holders?size=201", 400).get("reason").asString()).contains("size between 1 and 200");
		assertThat(get("/api/cohorts?page=-1", 400).get("reason").asString()).contains("page must be 0 or more");
		assertThat(get("/api/sources?knownOn=soon", 400).get("reason").asString()).isNotBlank();
	}

	@Test
	void theOpenApiDescriptionHasTheCollectionsAndTheBearerScheme() throws Exception {
		JsonNode description = get("/api/openapi.json", 200);
		assertThat(description.get("paths").propertyNames()).contains("/api/counts", "/api/movements", "/api/holders",
				"/api/cohorts", "/api/sources", "/api/populations");
		JsonNode bearer = description.get("components").get("securitySchemes").get("bearerToken");
		assertThat(bearer.get("type").asString()).isEqualTo("http");
		assertThat(bearer.get("scheme").asString()).isEqualTo("bearer");
		assertThat(description.get("security").toString()).contains("bearerToken").contains("session");
		List<String> parameters = description.get("paths").get("/api/counts").get("get").get("parameters")
			.findValuesAsString("name");
		assertThat(parameters).contains("facility", "cohort", "holder", "country", "source", "updatedSince", "knownOn",
				"page", "size");
	}

	private static Instant latest(JsonNode items) {
		Instant latest = Instant.EPOCH;
		for (JsonNode item : items) {
			Instant at = Instant.parse(item.get("updatedAt").asString());
			latest = at.isAfter(latest) ? at : latest;
		}
		return latest;
	}

	/** Ordered by last change, then by id among records changed at the same moment. */
	private static void assertInChangeOrder(JsonNode items) {
		for (int i = 1; i < items.size(); i++) {
			Instant previous = Instant.parse(items.get(i - 1).get("updatedAt").asString());
			Instant current = Instant.parse(items.get(i).get("updatedAt").asString());
			assertThat(current).as("item %d", i).isAfterOrEqualTo(previous);
			if (current.equals(previous)) {
				assertThat(items.get(i).get("id").asLong()).isGreaterThan(items.get(i - 1).get("id").asLong());
			}
		}
	}

}
