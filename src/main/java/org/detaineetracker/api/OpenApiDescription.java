package org.detaineetracker.api;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API's OpenAPI description, served as written at build time. It depends on nothing but
 * the controllers and their annotations, so making it again at every start (with the library and
 * the second JSON mapper it needs) bought nothing. The test {@code OpenApiDescriptionTest} makes it
 * from the controllers with that library and fails, saying how to refresh the file, when the two
 * differ. Signed-in accounts only, like the rest of the API.
 */
@Hidden
@RestController
class OpenApiDescription {

	static final String FILE = "api/openapi.json";

	private final byte[] description;

	OpenApiDescription() throws IOException {
		this.description = new ClassPathResource(FILE).getContentAsByteArray();
	}

	@GetMapping(path = "/api/openapi.json", produces = MediaType.APPLICATION_JSON_VALUE)
	byte[] description() {
		return description;
	}

}
