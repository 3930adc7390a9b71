package org.detaineetracker.population;

/**
 * How many people of one cohort a site held on a date: what the map and the facilities index show for
 * each facility. Who held the site is the picture's to say ({@link SitesOnDate#holders()}), since a
 * site holds people whether or not a population is known there.
 */
public record SitePopulation(Place place, String cohortSlug, String cohortName, Range range, Period newestEvidence,
		boolean conflict) {
}
