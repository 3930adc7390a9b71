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

/** The read-only JSON API over real HTTP: signed in with the session cookie, or 401 JSON without. */
@TrackerServerTest
class ApiTest {

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
	void withoutSigningInTheApiAnswers401JsonNotARedirect() throws Exception {
		for (String accept : new String[] { "application/json", "text/html", "*/*" }) {
			Page page = WebSession.anonymous(port).get("/api/facilities", accept);
			assertThat(page.status()).as(accept).isEqualTo(401);
			assertThat(page.contentType()).startsWith("application/problem+json");
			assertThat(JSON.readTree(page.body()).get("reason").asString()).contains("Sign in");
		}
		assertThat(WebSession.anonymous(port).get("/facilities").status()).as("pages still redirect").isEqualTo(302);
	}

	@Test
	void facilitiesArePagedAndSearchable() throws Exception {
		JsonNode all = get("/api/facilities", 200);
		assertThat(all.get("totalItems").asInt()).isEqualTo(5);
		assertThat(all.get("items").findValuesAsString("slug")).as("in the index's order: each group, then its sites, al-Hol under H (V111)")
			.containsSubsequence("sdf-detention-facilities-northeast-syria", "al-hol-camp", "panorama-prison");
		assertThat(all.get("items").get(1).get("partOf").asString()).isEqualTo("iraq-receiving-facilities");
		assertThat(get("/api/facilities?sort=figures,asc", 200).get("items").findValuesAsString("slug"))
			.containsSubsequence("sdf-detention-facilities-northeast-syria", "al-hol-camp", "panorama-prison");
		JsonNode hawl = get("/api/facilities?q=al%20hawl&size=10", 200);
		assertThat(hawl.get("items")).hasSize(1);
		assertThat(hawl.get("items").get(0).get("href").asString()).isEqualTo("/api/facilities/al-hol-camp");
		assertThat(hawl.get("items").get(0).get("currentHolder").asString()).isEqualTo("Government of Syria");
		JsonNode second = get("/api/facilities?size=2&page=1", 200);
		assertThat(second.get("items")).hasSize(2);
		assertThat(second.get("page").asInt()).isEqualTo(1);
		assertThat(second.get("size").asInt()).isEqualTo(2);
		assertThat(second.get("totalPages").asInt()).isEqualTo(3);
		assertThat(get("/api/facilities?size=200", 200).get("items")).hasSize(5);
	}

	@Test
	void aFacilityComesWithItsCustodyAndEstimates() throws Exception {
		JsonNode group = get("/api/facilities/sdf-detention-facilities-northeast-syria", 200);
		assertThat(group.get("children").findValuesAsString("slug")).containsExactly("al-hol-camp", "panorama-prison");
		JsonNode isis = group.get("estimates").get(0);
		assertThat(isis.get("cohort").asString()).isEqualTo("isis-detainees");
		assertThat(isis.get("latest").get("conflict").asBoolean()).isTrue();
		assertThat(isis.get("latest").get("range").isNull()).isTrue();
		assertThat(isis.get("latest").get("spread").get("lower").asInt()).isEqualTo(5400);
		assertThat(isis.get("latest").get("disagreements")).hasSize(4);
		assertThat(isis.get("history").get(0).get("range").get("upper").asInt()).isEqualTo(9000);
		assertThat(isis.get("sitesSum").get("lower").asInt()).isEqualTo(4501);
		assertThat(isis.get("sitesSum").get("upper").isNull()).isTrue();
		JsonNode population = get(group.get("population").asString(), 200);
		assertThat(population.get("items").get(0).get("key").asString()).as("the population model's estimate, one link away")
			.isEqualTo("sdf-detention-facilities-northeast-syria");

		JsonNode alHol = get("/api/facilities/al-hol-camp", 200);
		assertThat(alHol.get("custody").findValuesAsString("holder")).containsExactly("sdf", "syrian-government");
		assertThat(alHol.get("custody").get(1).get("from").get("precision").asString()).isEqualTo("MONTH");
		assertThat(alHol.get("groupEstimates").get(0).get("latest").get("conflict").asBoolean()).isTrue();
	}

	@Test
	void countsCarryBoundsDatesAndSourcesAndFollowKnownOn() throws Exception {
		JsonNode counts = get("/api/facilities/sdf-detention-facilities-northeast-syria/counts", 200);
		assertThat(counts.get("counts")).hasSize(8);
		JsonNode over = null;
		for (JsonNode count : counts.get("counts")) {
			if (count.get("words").asString().equals("over 8,000")) {
				over = count;
			}
		}
		assertThat(over).isNotNull();
		assertThat(over.get("qualifier").asString()).isEqualTo("OVER");
		assertThat(over.get("bounds").get("lower").asInt()).isEqualTo(8001);
		assertThat(over.get("bounds").get("upper").isNull()).isTrue();
		assertThat(over.get("asOf").get("precision").asString()).isEqualTo("MONTH");
		assertThat(over.get("asOf").get("lastDay").asString()).isEqualTo("2024-12-31");
		assertThat(over.get("speaker").asString()).isEqualTo("Gen. Michael Kurilla, CENTCOM commander");
		assertThat(over.get("source").get("outlet").asString()).isEqualTo("Unnamed outlet");

		JsonNode then = get("/api/facilities/sdf-detention-facilities-northeast-syria/counts?knownOn=2025-12-31", 200);
		assertThat(then.get("knownOn").asString()).isEqualTo("2025-12-31");
		assertThat(then.get("counts")).hasSize(3);
		assertThat(then.get("estimates").get(0).get("latest").get("conflict").asBoolean()).isFalse();
	}

	@Test
	void aSourceNamesWhatItRepeatsAndItsIndependentRoot() throws Exception {
		JsonNode index = get("/api/facilities/sdf-detention-facilities-northeast-syria/counts", 200);
		long dailyCaller = -1;
		for (JsonNode count : index.get("counts")) {
			if (count.get("source").get("outlet").asString().equals("Daily Caller News Foundation")) {
				dailyCaller = count.get("source").get("id").asLong();
			}
		}
		JsonNode source = get("/api/sources/" + dailyCaller, 200);
		assertThat(source.get("cites").get("outlet").asString()).isEqualTo("Politico");
		assertThat(source.get("independentSource").asLong()).isEqualTo(source.get("cites").get("id").asLong());
		for (JsonNode count : index.get("counts")) {
			if (count.get("source").get("id").asLong() == dailyCaller) {
				assertThat(count.get("independentSource").asLong()).as("Politico, which it repeats")
					.isEqualTo(source.get("cites").get("id").asLong());
			}
		}
		assertThat(source.get("published").get("precision").asString()).isEqualTo("MONTH");
		assertThat(source.get("knownFrom").asString()).isEqualTo("2024-12-31");
		assertThat(source.get("counts").findValuesAsString("words")).containsExactlyInAnyOrder("9,000", "50,000");
	}

	@Test
	void theApiIsDescribedByOpenApi() throws Exception {
		JsonNode description = get("/api/openapi.json", 200);
		assertThat(description.get("openapi").asString()).startsWith("3.");
		assertThat(description.get("paths").propertyNames()).contains("/api/facilities", "/api/facilities/{slug}",
				"/api/facilities/{slug}/counts", "/api/sources/{id}").doesNotContain("/api/**");
		JsonNode knownOn = null;
		for (JsonNode parameter : description.get("paths").get("/api/facilities/{slug}/counts").get("get").get("parameters")) {
			if (parameter.get("name").asString().equals("knownOn")) {
				knownOn = parameter;
			}
		}
		assertThat(description.findValues("content").stream().flatMap(content -> content.propertyNames().stream()))
			.as("the media types of every request and answer described")
			.isNotEmpty()
			.allMatch(type -> type.equals("application/json"));
		assertThat(knownOn.get("in").asString()).isEqualTo("query");
		assertThat(knownOn.get("schema").get("format").asString()).isEqualTo("date");
		assertThat(knownOn.has("required") && knownOn.get("required").asBoolean()).isFalse();
		assertThat(WebSession.anonymous(port).get("/api/openapi.json", "application/json").status()).isEqualTo(401);
	}

	@Test
	void errorsAreJsonWithAReason() throws Exception {
		assertThat(get("/api/facilities/atlantis", 404).get("reason").asString()).isEqualTo("No facility 'atlantis' is recorded.");
		assertThat(get("/api/sources/abc", 400).get("reason").asString()).contains("'abc' is not a valid id");
		assertThat(get("/api/sources/999999", 404).get("reference").asString()).hasSize(8);
		assertThat(get("/api/facilities/al-hol-camp/counts?knownOn=soon", 400).get("reason").asString())
			.contains("expected a date written YYYY-MM-DD");
		assertThat(get("/api/facilities?size=100000", 400).get("reason").asString()).contains("size");
		assertThat(get("/api/facilities?size=201", 400).get("reason").asString()).contains("size");
		assertThat(get("/api/facilities?size=0", 400).get("reason").asString()).contains("size");
		assertThat(get("/api/facilities?page=-1", 400).get("reason").asString()).contains("page");
		assertThat(get("/api/nothing/here", 404).get("status").asInt()).isEqualTo(404);
		// Even a client that prefers HTML gets JSON from the API.
		Page html = analyst.get("/api/facilities/atlantis", "text/html");
		assertThat(html.status()).isEqualTo(404);
		assertThat(html.contentType()).startsWith("application/problem+json");
	}

	@Test
	void askedForYamlTheApiNamesItsJsonInsteadOfAnsweringInAnotherShape() throws Exception {
		for (String path : new String[] { "/api/counts", "/api/sources/1", "/api/facilities/panorama-prison" }) {
			Page yaml = analyst.get(path, "application/yaml");
			assertThat(yaml.status()).as(path).isEqualTo(406);
			assertThat(yaml.contentType()).as(path).startsWith("application/problem+json");
			assertThat(JSON.readTree(yaml.body()).get("reason").asString()).as(path)
				.contains("application/json")
				.doesNotContain("yaml");
		}
		Page either = analyst.get("/api/counts", "application/yaml, application/json;q=0.5");
		assertThat(either.status()).isEqualTo(200);
		assertThat(either.contentType()).startsWith("application/json");
		assertThat(JSON.readTree(either.body()).get("items").get(0).get("asOf").get("date").isString())
			.as("dates as the description has them, not [year, month, day]")
			.isTrue();
	}

}
