/**
 * The read-only JSON API and its OpenAPI description, built on the read-side modules.
 */
@ApplicationModule(displayName = "JSON API", allowedDependencies = { "facility", "facilitypage", "source", "sourcepage", "cohort", "count", "custody", "population",
		"estimate", "kernel", "web" })
package org.detaineetracker.api;

import org.springframework.modulith.ApplicationModule;
