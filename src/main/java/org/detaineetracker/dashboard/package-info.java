/**
 * Read side: the dashboard's totals by holder and country, latest figures and conflicts.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = { "estimate", "kernel" })
package org.detaineetracker.dashboard;

import org.springframework.modulith.ApplicationModule;
