/**
 * Where the people are: a population model that reads reported counts (observations of a stock),
 * movements (flows between sites or out of custody) and custody spans together into a range of how
 * many people each site, group, holder and country held on any date, with the derivation of every
 * number.
 * <p>
 * Pure code: it depends on nothing but the JDK, takes its inputs as the small records in this
 * package ({@link org.detaineetracker.population.PopulationData}) and can be tested on constructed
 * cases. Read side: pages, the API and exports read from it; it reads the stored records itself (in
 * SQL, through the shared kernel's values), so it depends on no record module.
 */
@ApplicationModule(displayName = "Population", allowedDependencies = { "kernel" })
package org.detaineetracker.population;

import org.springframework.modulith.ApplicationModule;
