/**
 * A record module: movements of people between facilities or out of custody, and their forms.
 */
@ApplicationModule(displayName = "Movements", allowedDependencies = { "facility", "cohort", "custody", "source", "kernel", "web" })
package org.detaineetracker.movement;

import org.springframework.modulith.ApplicationModule;
