/**
 * Read side: /movements, every movement by route beside what the receiving side reports.
 */
@ApplicationModule(displayName = "Movements page", allowedDependencies = { "movement", "facility", "cohort", "estimate", "kernel" })
package org.detaineetracker.movementpage;

import org.springframework.modulith.ApplicationModule;
