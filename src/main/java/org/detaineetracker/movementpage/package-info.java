/**
 * Read side: /movements, every movement by route beside what the receiving side reports, and each
 * route's reconciliation by the population model as a figure.
 */
@ApplicationModule(displayName = "Movements page", allowedDependencies = { "movement", "facility", "cohort", "estimate", "population", "kernel" })
package org.detaineetracker.movementpage;

import org.springframework.modulith.ApplicationModule;
