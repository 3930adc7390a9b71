/**
 * Read side: /movements, every movement by route with each route's reconciliation by the population
 * model as a figure; and /movements/{id}, one movement with its reports read together.
 */
@ApplicationModule(displayName = "Movements page", allowedDependencies = { "movement", "facility", "cohort", "estimate",
		"history", "population", "source", "kernel" })
package org.detaineetracker.movementpage;

import org.springframework.modulith.ApplicationModule;
