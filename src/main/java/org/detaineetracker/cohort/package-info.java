/**
 * A record module: who is counted (cohorts and sub-cohorts), and their forms.
 */
@ApplicationModule(displayName = "Cohorts", allowedDependencies = { "history", "kernel", "web" })
package org.detaineetracker.cohort;

import org.springframework.modulith.ApplicationModule;
