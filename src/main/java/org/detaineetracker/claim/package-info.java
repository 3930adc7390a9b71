/**
 * Finds reported figures in a pasted article and hands them to the figure and movement forms.
 */
@ApplicationModule(displayName = "Claim finder", allowedDependencies = { "source", "kernel", "web" })
package org.detaineetracker.claim;

import org.springframework.modulith.ApplicationModule;
