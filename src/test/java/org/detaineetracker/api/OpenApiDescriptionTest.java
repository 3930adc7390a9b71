package org.detaineetracker.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.detaineetracker.test.TestAccounts;
import org.detaineetracker.test.TrackerServerTest;
import org.detaineetracker.test.WebSession;

/**
 * The description the jar serves is the one the OpenAPI library makes of the controllers as they are
 * now. The library runs here only (see {@link OpenApiDescription}); a change to an API controller that
 * changes the description fails this test until the file is refreshed.
 */
@TrackerServerTest
@TestPropertySource(properties = "springdoc.api-docs.enabled=true")
class OpenApiDescriptionTest {

	static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	/** Where a refreshed description is written when the served one is out of date. */
	static final Path REFRESHED = Path.of("target", "openapi.json");

	@LocalServerPort
	int port;

	@Test
	void theServedDescriptionIsWhatTheControllersSayNow() throws Exception {
		WebSession analyst = WebSession.signedIn(port, TestAccounts.ANALYST);
		JsonNode served = JSON.readTree(analyst.get("/api/openapi.json", "application/json").body());
		ObjectNode made = (ObjectNode) JSON.readTree(analyst.get("/api/openapi-generated.json", "application/json").body());
		// The library names the server it was asked on (here a random port); without it, a client reads
		// the paths against wherever it fetched the description, which is right for every deployment.
		made.remove("servers");
		if (!made.equals(served)) {
			Files.createDirectories(REFRESHED.getParent());
			Files.writeString(REFRESHED, JSON.writeValueAsString(made) + "\n");
		}
		// Compared whole, as JSON (the order of an object's keys aside); the failure names the file to
		// copy rather than printing fifty kilobytes of both.
		assertThat(made.equals(served))
			.as("src/main/resources/%s is out of date: the controllers now say what %s holds; copy it over",
					OpenApiDescription.FILE, REFRESHED)
			.isTrue();
		assertThat(made.get("paths").propertyNames()).as("the description does not describe itself")
			.doesNotContain("/api/openapi.json", "/api/openapi-generated.json");
	}

}
