/**
 * Read side with its forms: the holder list and page (what a holder held, how many over time by the
 * population model) together with the holder forms.
 */
@ApplicationModule(displayName = "Custody holders", allowedDependencies = { "custody", "movement", "estimate", "population", "kernel", "web" })
package org.detaineetracker.holder;

import org.springframework.modulith.ApplicationModule;
