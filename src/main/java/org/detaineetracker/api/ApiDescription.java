package org.detaineetracker.api;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/**
 * What the OpenAPI description says about the API as a whole: its two ways in. Either one is
 * enough; a script should use a personal token, which needs no session and no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(info = @Info(title = "Detainee Tracker API", version = "1",
		description = "Figures, movements, holders, cohorts, sources and estimated populations, each with its "
				+ "source. Collections are paged (page from 0, size 1-200) and ordered by last change (updatedAt, "
				+ "then id); updatedSince returns what changed since a client's last sync. Errors are RFC 9457 "
				+ "problem JSON with a reason."),
		security = { @SecurityRequirement(name = ApiDescription.BEARER), @SecurityRequirement(name = ApiDescription.SESSION) })
@SecurityScheme(name = ApiDescription.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
		description = "A personal API token made on /account/tokens, sent as Authorization: Bearer <token>. It acts "
				+ "with its account's role (a read-only token as an analyst); no cookie and no CSRF token are involved. "
				+ "An unknown or revoked token, or one of a disabled account, is a 401.")
@SecurityScheme(name = ApiDescription.SESSION, type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.COOKIE,
		paramName = "JSESSIONID",
		description = "The session of a browser signed in on /login; a write must also send the X-CSRF-TOKEN header.")
class ApiDescription {

	static final String BEARER = "bearerToken";

	static final String SESSION = "session";

}
