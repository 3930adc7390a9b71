/**
 * The help pages, whose tables are computed from the rules they explain.
 */
@ApplicationModule(displayName = "Help", allowedDependencies = { "estimate", "population", "kernel" })
package org.detaineetracker.help;

import org.springframework.modulith.ApplicationModule;
