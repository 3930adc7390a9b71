/**
 * A record module: sources, what they cite, and their forms. Uses facility only to return an
 * editor to the figure form they came from.
 */
@ApplicationModule(displayName = "Sources", allowedDependencies = { "facility", "kernel", "web" })
package org.detaineetracker.source;

import org.springframework.modulith.ApplicationModule;
