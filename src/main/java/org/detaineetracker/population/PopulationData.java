package org.detaineetracker.population;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Everything the model reads. Each movement appears once, however many sources reported it: two
 * flows with one id are refused rather than counted twice.
 */
public record PopulationData(List<Site> sites, List<Cohort> cohorts, List<Holder> holders,
		List<Observation> observations, List<Flow> flows, List<CustodySpan> custody) {

	public static final PopulationData EMPTY = new PopulationData(List.of(), List.of(), List.of(), List.of(), List.of(),
			List.of());

	public PopulationData {
		sites = List.copyOf(sites);
		cohorts = List.copyOf(cohorts);
		holders = List.copyOf(holders);
		observations = List.copyOf(observations);
		flows = List.copyOf(flows);
		custody = List.copyOf(custody);
		requireUniqueIds(sites, Site::id, "site");
		requireUniqueIds(cohorts, Cohort::id, "cohort");
		requireUniqueIds(holders, Holder::id, "holder");
		requireUniqueIds(observations, Observation::id, "reported count");
		requireUniqueIds(flows, Flow::id, "movement");
		Set<Long> siteIds = new HashSet<>(sites.stream().map(Site::id).toList());
		Set<Long> cohortIds = new HashSet<>(cohorts.stream().map(Cohort::id).toList());
		for (Observation observation : observations) {
			requireKnown(siteIds, observation.siteId(), "site", observation);
			requireKnown(cohortIds, observation.cohortId(), "cohort", observation);
		}
		for (Flow flow : flows) {
			requireKnown(cohortIds, flow.cohortId(), "cohort", flow);
			if (flow.fromSiteId() != null) {
				requireKnown(siteIds, flow.fromSiteId(), "site", flow);
			}
			if (flow.toSiteId() != null) {
				requireKnown(siteIds, flow.toSiteId(), "site", flow);
			}
		}
		for (Site site : sites) {
			if (site.groupId() != null) {
				requireKnown(siteIds, site.groupId(), "group", site);
			}
		}
	}

	private static <T> void requireUniqueIds(List<T> items, Function<T, Long> id, String what) {
		Set<Long> seen = new HashSet<>();
		for (T item : items) {
			if (!seen.add(id.apply(item))) {
				throw new IllegalArgumentException("two " + what + " records with id " + id.apply(item));
			}
		}
	}

	private static void requireKnown(Set<Long> ids, long id, String what, Object referrer) {
		if (!ids.contains(id)) {
			throw new IllegalArgumentException("unknown " + what + " " + id + " in " + referrer);
		}
	}

}
