package org.detaineetracker.population;

import java.time.LocalDate;
import java.util.List;

/**
 * The estimate for one facility or group and cohort on a date, with who held it then: a row of the
 * populations export.
 *
 * @param notAttributed for a group, the part no site accounts for; null for a site
 * @param holderSlugs who held the place on the date (its own custody, else its group's); several
 *     when records overlap, none when nobody is known
 */
public record PlaceEstimate(Place place, String cohortSlug, String cohortName, LocalDate date, Range range,
		Range notAttributed, boolean conflict, Period newestEvidence, List<String> holderSlugs,
		List<String> holderNames, List<String> holderCountries, List<Long> reportIds, List<Long> movementIds) {

	public PlaceEstimate {
		holderSlugs = List.copyOf(holderSlugs);
		holderNames = List.copyOf(holderNames);
		holderCountries = List.copyOf(holderCountries);
		reportIds = List.copyOf(reportIds);
		movementIds = List.copyOf(movementIds);
	}

}
