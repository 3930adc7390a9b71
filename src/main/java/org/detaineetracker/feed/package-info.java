/**
 * Atom feeds of new and changed figures, site-wide and per facility, for newsrooms that follow a
 * camp: readable with an account, an API token, or by anyone where public reading is on.
 */
@ApplicationModule(displayName = "Feeds", allowedDependencies = { "kernel", "web" })
package org.detaineetracker.feed;

import org.springframework.modulith.ApplicationModule;
