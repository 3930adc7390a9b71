/**
 * A record module: custody holders and custody periods (who held a facility from when to when, by
 * which source), and the custody-period forms.
 */
@ApplicationModule(displayName = "Custody", allowedDependencies = { "facility", "source", "history", "kernel", "web" })
package org.detaineetracker.custody;

import org.springframework.modulith.ApplicationModule;
