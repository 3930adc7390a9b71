/**
 * Admin CSV exports of what was known on a date, streamed straight from PostgreSQL, and their log.
 */
@ApplicationModule(displayName = "Exports", allowedDependencies = { "kernel", "web" })
package org.detaineetracker.export;

import org.springframework.modulith.ApplicationModule;
