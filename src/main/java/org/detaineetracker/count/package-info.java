/**
 * A record module: reported counts (figures), their forms, retraction and the figure page with its
 * history.
 */
@ApplicationModule(displayName = "Reported counts", allowedDependencies = { "facility", "cohort", "custody", "source", "history", "kernel",
		"web" })
package org.detaineetracker.count;

import org.springframework.modulith.ApplicationModule;
