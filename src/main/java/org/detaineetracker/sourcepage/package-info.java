/**
 * Read side: the sources index and each source's page with the figures and movements it gave.
 */
@ApplicationModule(displayName = "Source pages", allowedDependencies = { "source", "count", "movement", "kernel", "web" })
package org.detaineetracker.sourcepage;

import org.springframework.modulith.ApplicationModule;
