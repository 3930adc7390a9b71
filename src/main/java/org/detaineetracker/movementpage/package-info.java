/**
 * Read side: /movements, every movement by route beside what the receiving side reports; and
 * /movements/{id}, one movement with its reports read together; and each route's reconciliation by
 * the population model as a figure.
 */
@ApplicationModule(displayName = "Movements page", allowedDependencies = { "movement", "facility", "cohort", "estimate", "history", "population", "source", "kernel" })
package org.detaineetracker.movementpage;

import org.springframework.modulith.ApplicationModule;
