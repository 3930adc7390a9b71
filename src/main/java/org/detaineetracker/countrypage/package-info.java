/**
 * Read side: a country's page, how many people are held in its custody over time by the population
 * model (by who holds each place, as the dashboard's country totals).
 */
@ApplicationModule(displayName = "Country page", allowedDependencies = { "population", "kernel", "web" })
package org.detaineetracker.countrypage;

import org.springframework.modulith.ApplicationModule;
