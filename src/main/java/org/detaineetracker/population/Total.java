package org.detaineetracker.population;

import java.util.List;

/**
 * What one holder (or country) certainly holds on a date: the sum of the estimates attributed to it.
 * People who may be its or another's are in {@link Totals#notAttributed()}, never here.
 *
 * @param siteIds the places whose people are added, none twice: sites, and groups, a group's id
 *     standing for the whole group where one holder has it all, else for the part of it no site
 *     accounts for
 */
public record Total<K>(K key, Range range, Period newestEvidence, List<Long> siteIds, List<Long> reportIds,
		List<Long> movementIds, boolean conflict) {

	public Total {
		siteIds = List.copyOf(siteIds);
		reportIds = List.copyOf(reportIds);
		movementIds = List.copyOf(movementIds);
	}

}
