package org.detaineetracker.population;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One facility's population on a date, per cohort: the estimate with its derivation, the estimate
 * over time (the points of its chart) and the movements planned or under way (shown, never
 * subtracted).
 *
 * @param places the facility, its group and sites and the places its movements lead to, by id
 */
public record FacilityPopulation(long facilityId, LocalDate date, List<CohortPopulation> cohorts,
		Map<Long, Place> places) {

	public FacilityPopulation {
		cohorts = List.copyOf(cohorts);
		places = Map.copyOf(places);
	}

	public record CohortPopulation(long cohortId, String slug, String name, Population population,
			Explained explained, List<TimelinePoint> timeline) {

		public CohortPopulation {
			timeline = List.copyOf(timeline);
		}

		/** Its derivation as the one place a disclosure explains. */
		public List<Explained> parts() {
			return List.of(explained);
		}

	}

	/** Nothing asked for: a facility read without its population. */
	public static FacilityPopulation none(long facilityId, LocalDate date) {
		return new FacilityPopulation(facilityId, date, List.of(), Map.of());
	}

	/** Whether the derivation shown for the cohort names evidence that cannot all be right. */
	public boolean namesConflicts(String cohortSlug) {
		return cohorts.stream().anyMatch(c -> c.slug().equals(cohortSlug) && !c.population().conflicts().isEmpty());
	}

	public boolean isEmpty() {
		return cohorts.isEmpty();
	}

	public Place place(Long id) {
		return id == null ? null : places.get(id);
	}

}
