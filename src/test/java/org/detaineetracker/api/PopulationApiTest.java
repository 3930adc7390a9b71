package org.detaineetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.detaineetracker.test.Pages.Page;
import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;

/**
 * {@code GET /api/populations} over real HTTP: its shape, its filters, paging, known-on and its
 * problem answers, on the seed data (bounds as in population.SeedStoryTest).
 */
@TrackerServerTest
class PopulationApiTest {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

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
	void aFacilitysTimelineHasBoundsConflictsAndTheIdsOfItsEvidence() throws Exception {
		JsonNode page = get("/api/populations?facility=sdf-detention-facilities-northeast-syria&cohort=isis-detainees"
				+ "&knownOn=2026-03-01", 200);
		assertThat(page.get("totalItems").asLong()).isEqualTo(1);
		assertThat(page.get("knownOn").asString()).isEqualTo("2026-03-01");
		JsonNode series = page.get("items").get(0);
		assertThat(series.get("kind").asString()).isEqualTo("FACILITY");
		assertThat(series.get("key").asString()).isEqualTo("sdf-detention-facilities-northeast-syria");
		assertThat(series.get("href").asString()).isEqualTo("/facilities/sdf-detention-facilities-northeast-syria");
		assertThat(series.get("cohorts")).hasSize(1);
		JsonNode points = series.get("cohorts").get(0).get("points");
		JsonNode first = points.get(0);
		assertThat(first.get("date").asString()).isEqualTo("2024-12-01");
		assertThat(first.get("lower").asLong()).isEqualTo(9000);
		assertThat(first.get("upper").asLong()).isEqualTo(9000);
		assertThat(first.get("conflict").asBoolean()).isFalse();
		assertThat(first.get("reportIds")).hasSize(2);
		assertThat(first.get("movementIds")).isEmpty();
		JsonNode last = points.get(points.size() - 1);
		assertThat(last.get("date").asString()).isEqualTo("2026-02-01");
		assertThat(last.get("lower").asLong()).isZero();
		assertThat(last.get("upper").asLong()).isEqualTo(1450);
		assertThat(last.get("conflict").asBoolean()).isTrue();
		assertThat(last.get("movementIds")).hasSize(2);
		assertThat(last.has("notAttributed")).isTrue();
		assertThat(last.get("notAttributed").isNull()).isTrue();
	}

	@Test
	void aHoldersAndACountrysTotalsOverTime() throws Exception {
		JsonNode sdf = get("/api/populations?holder=sdf&cohort=isis-detainees&knownOn=2026-03-01", 200).get("items").get(0);
		assertThat(sdf.get("kind").asString()).isEqualTo("HOLDER");
		JsonNode points = sdf.get("cohorts").get(0).get("points");
		assertThat(points.findValuesAsString("date")).contains("2024-12-01", "2026-02-01");
		JsonNode february = points.get(points.size() - 1);
		assertThat(february.get("upper").asLong()).isEqualTo(1450);
		assertThat(february.get("notAttributed").get("lower").asLong()).isZero();
		assertThat(february.get("notAttributed").get("upper").asLong()).isEqualTo(1450);

		JsonNode damascus = get("/api/populations?holder=syrian-government&knownOn=2026-03-01", 200).get("items").get(0);
		assertThat(damascus.get("cohorts").findValuesAsString("cohort")).contains("isis-detainees",
				"other-detainees-and-residents");

		JsonNode iraq = get("/api/populations?country=IQ&cohort=isis-detainees&knownOn=2026-03-01", 200).get("items").get(0);
		assertThat(iraq.get("href").asString()).isEqualTo("/countries/IQ");
		JsonNode iraqPoints = iraq.get("cohorts").get(0).get("points");
		assertThat(iraqPoints.get(0).get("date").asString()).as("the batch of 150 high-value detainees").isEqualTo("2026-01-21");
		assertThat(iraqPoints.get(0).get("upper").asLong()).isEqualTo(150);
		JsonNode now = iraqPoints.get(iraqPoints.size() - 1);
		assertThat(now.get("date").asString()).isEqualTo("2026-02-01");
		assertThat(now.get("lower").asLong()).isEqualTo(5550);
		assertThat(now.get("upper").asLong()).isEqualTo(6149);
	}

	@Test
	void updatedSinceAnswersNothingUntilSomethingWasWritten() throws Exception {
		JsonNode whole = get("/api/populations?facility=panorama-prison&updatedSince=2000-01-01T00:00:00Z", 200);
		assertThat(whole.get("items")).isNotEmpty();
		JsonNode none = get("/api/populations?facility=panorama-prison&updatedSince=2999-01-01T00:00:00Z", 200);
		assertThat(none.get("items")).isEmpty();
		assertThat(none.get("totalItems").asLong()).isZero();
		assertThat(get("/api/populations?updatedSince=yesterday", 400).get("reason").asString())
			.contains("not a valid updatedSince");
	}

	@Test
	void datesKnownOnAndPaging() throws Exception {
		JsonNode early = get("/api/populations?country=IQ&knownOn=2025-06-01", 200).get("items").get(0);
		assertThat(early.get("cohorts")).as("on 2025-06-01 nobody is known in Iraq").isEmpty();
		JsonNode range = get("/api/populations?facility=sdf-detention-facilities-northeast-syria&cohort=isis-detainees"
				+ "&from=2026-01-01&to=2026-01-31&knownOn=2026-03-01", 200);
		assertThat(range.get("items").get(0).get("cohorts").get(0).get("points").findValuesAsString("date"))
			.allMatch(d -> d.startsWith("2026-01"));
		JsonNode all = get("/api/populations?size=2", 200);
		assertThat(all.get("totalItems").asLong()).isEqualTo(5);
		assertThat(all.get("totalPages").asInt()).isEqualTo(3);
		assertThat(all.get("items")).hasSize(2);
		assertThat(get("/api/populations?size=2&page=2", 200).get("items")).hasSize(1);
	}

	@Test
	void badFiltersAre400sWithAReason() throws Exception {
		assertThat(get("/api/populations?country=Iraq", 400).get("reason").asString()).contains("ISO 3166-1 alpha-2");
		assertThat(get("/api/populations?holder=nobody", 400).get("reason").asString())
			.isEqualTo("No custody holder 'nobody' is recorded.");
		assertThat(get("/api/populations?facility=atlantis", 400).get("reason").asString())
			.isEqualTo("No facility 'atlantis' is recorded.");
		assertThat(get("/api/populations?cohort=goats", 400).get("reason").asString()).contains("goats");
		assertThat(get("/api/populations?holder=sdf&country=SY", 400).get("reason").asString()).contains("at most one");
		assertThat(get("/api/populations?from=soon", 400).get("reason").asString()).contains("YYYY-MM-DD");
		assertThat(get("/api/populations?from=2026-02-01&to=2026-01-01", 400).get("reason").asString()).contains("after");
		assertThat(get("/api/populations?size=0", 400).get("reason").asString()).contains("size");
		assertThat(get("/api/populations?knownOn=soon", 400).get("reason").asString()).contains("YYYY-MM-DD");
		assertThat(WebSession.anonymous(port).get("/api/populations", "application/json").status()).isEqualTo(401);
	}

	@Test
	void theEndpointIsDescribed() throws Exception {
		JsonNode description = get("/api/openapi.json", 200);
		JsonNode parameters = description.get("paths").get("/api/populations").get("get").get("parameters");
		assertThat(parameters.findValuesAsString("name")).contains("facility", "holder", "country", "cohort", "from", "to",
				"knownOn", "page", "size");
	}

}
