package org.detaineetracker.estimate;

/**
 * An estimate with what the summaries group it by: the facility (and its group), its country, the
 * cohort, and the custody holder named by the latest report in its window.
 */
public record Placed(long facilityId, String facilitySlug, String facilityName, Long parentId, String countryCode,
		long cohortId, String cohortSlug, String cohortName, String holderSlug, String holderName, Estimate estimate) {
}
