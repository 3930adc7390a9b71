package org.detaineetracker.estimate;

import org.detaineetracker.cohort.Cohort;

/** Who an estimate counts, by id, slug and name. */
public record CohortRef(long id, String slug, String name) {

	static CohortRef of(Cohort cohort) {
		return new CohortRef(cohort.getId(), cohort.getSlug(), cohort.getName());
	}

}
