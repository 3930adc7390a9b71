package org.detaineetracker.population;

import java.util.List;
import java.util.Map;

/**
 * Every site's population per cohort on one date, and who held each site then: what the map draws.
 * The holders are those of the custody periods covering the date, whether or not any population is
 * known there, so a site with custody recorded but no figure of its own still names its holder.
 *
 * @param populations each site's population per cohort
 * @param holders who held each site on the date, by site id; a site no custody period covers is absent
 */
public record SitesOnDate(List<SitePopulation> populations, Map<Long, HeldBy> holders) {

	/** A custody holder, as a page names and links it. */
	public record HeldBy(String slug, String name) {
	}

}
