/**
 * A record module: who is counted (cohorts and sub-cohorts), and their forms.
 */
@ApplicationModule(displayName = "Cohorts", allowedDependencies = { "kernel", "web" })
package org.detaineetracker.cohort;

import org.springframework.modulith.ApplicationModule;
