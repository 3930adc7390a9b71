/**
 * Read side: the facilities index and each facility's page, timeline and history, combining
 * records from the modules below.
 */
@ApplicationModule(displayName = "Facility pages", allowedDependencies = { "facility", "cohort", "source", "custody", "count", "movement", "estimate", "population", "history",
		"kernel", "web" })
package org.detaineetracker.facilitypage;

import org.springframework.modulith.ApplicationModule;
