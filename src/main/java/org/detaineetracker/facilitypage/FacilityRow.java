package org.detaineetracker.facilitypage;

import java.time.LocalDate;

import org.detaineetracker.facility.FacilityKind;

/**
 * One line of the facilities index: enough to choose a facility, fetched in a single query.
 *
 * @param parentSlug the group the facility is a site of, or null
 * @param parentName that group's name, or null
 * @param depth how far beneath a listed group the line sits: 0 at the top level (also for a site
 *        whose group the filters left out), 1 for a site listed under its group, and so on
 */
public record FacilityRow(Long id, String slug, String name, FacilityKind kind, String countryCode, String admin1,
		String currentHolder, long reportCount, LocalDate latestAsOf, String parentSlug, String parentName, int depth) {

	/** A site shown at the top level: its group is not listed with it, so the line names it. */
	public boolean separatedFromGroup() {
		return parentSlug != null && depth == 0;
	}

}
