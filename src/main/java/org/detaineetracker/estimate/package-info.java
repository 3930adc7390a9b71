/**
 * Read side: reads reported counts together into estimates and conflicts per facility and cohort,
 * cached per data version.
 */
@ApplicationModule(displayName = "Estimates", allowedDependencies = { "count", "cohort", "facility", "kernel" })
package org.detaineetracker.estimate;

import org.springframework.modulith.ApplicationModule;
