package org.detaineetracker.facilitypage;

import java.time.LocalDate;

import org.detaineetracker.facility.FacilityKind;

/** One line of the facilities index: enough to choose a facility, fetched in a single query. */
public record FacilityRow(Long id, String slug, String name, FacilityKind kind, String countryCode, String admin1,
		String currentHolder, long reportCount, LocalDate latestAsOf) {
}
