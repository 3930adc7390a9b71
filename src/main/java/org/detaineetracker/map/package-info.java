/**
 * The map: every facility with coordinates over country outlines the application serves itself,
 * sized by its population estimate and coloured by who holds it; and its embed view.
 */
@ApplicationModule(displayName = "Map", allowedDependencies = { "population", "kernel", "web" })
package org.detaineetracker.map;

import org.springframework.modulith.ApplicationModule;
