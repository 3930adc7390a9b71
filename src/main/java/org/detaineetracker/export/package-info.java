/**
 * Admin CSV exports of what was known on a date, streamed straight from PostgreSQL (the estimated
 * populations computed by the population model), and their log.
 */
@ApplicationModule(displayName = "Exports", allowedDependencies = { "population", "kernel", "web" })
package org.detaineetracker.export;

import org.springframework.modulith.ApplicationModule;
