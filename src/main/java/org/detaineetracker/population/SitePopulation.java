package org.detaineetracker.population;

/**
 * How many people of one cohort a site held on a date, and who held the site then: what the map
 * draws for each facility.
 *
 * @param holderSlug the custody holder on the date, or null where no custody period covers it
 */
public record SitePopulation(Place place, String cohortSlug, String cohortName, Range range, Period newestEvidence,
		boolean conflict, String holderSlug, String holderName) {
}
