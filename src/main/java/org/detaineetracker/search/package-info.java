/**
 * Read side: one search over facility names and aliases, sources and speakers.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = { "facility", "kernel", "web" })
package org.detaineetracker.search;

import org.springframework.modulith.ApplicationModule;
