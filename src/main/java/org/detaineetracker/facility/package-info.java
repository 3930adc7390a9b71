/**
 * A record module: facilities and groups of sites, their aliases, and the forms that edit them.
 * Knows nothing of who holds them or what was reported there.
 */
@ApplicationModule(displayName = "Facilities", allowedDependencies = { "kernel", "web" })
package org.detaineetracker.facility;

import org.springframework.modulith.ApplicationModule;
