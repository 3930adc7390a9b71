/**
 * Read side: the dashboard's totals by holder and country with their derivations, the people not
 * attributed, conflicts and what changed most recently, all from the population model.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = { "population", "kernel", "web" })
package org.detaineetracker.dashboard;

import org.springframework.modulith.ApplicationModule;
