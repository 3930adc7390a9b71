package org.detaineetracker.estimate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.detaineetracker.cohort.Cohort;
import org.detaineetracker.count.ReportedCount;

/**
 * The estimates a facility page shows, from figures already loaded: the facility's own per cohort;
 * for a group, its sites' sum beside its own; for a site, its group's, labelled as the group's.
 *
 * @param own per cohort, by cohort name
 * @param group the group's estimates when the facility is part of one (empty otherwise)
 * @param counts every figure the estimates name, by id, so a page can say which reports disagree
 */
public record FacilityEstimates(List<CohortEstimates> own, List<CohortEstimates> group, Map<Long, ReportedCount> counts) {

	public ReportedCount count(long id) {
		return counts.get(id);
	}

	public boolean hasConflict() {
		return own.stream().anyMatch(e -> e.latest() != null && e.latest().isConflict())
				|| group.stream().anyMatch(e -> e.latest() != null && e.latest().isConflict());
	}

	/**
	 * @param facilityId the facility shown
	 * @param parentId its group, or null
	 * @param childIds its sites
	 * @param counts figures of the facility, its group and its sites
	 * @param counted which figures count (known on the date shown and not retracted)
	 */
	public static FacilityEstimates of(long facilityId, Long parentId, Set<Long> childIds, Collection<ReportedCount> counts,
			Predicate<ReportedCount> counted) {
		List<ReportedCount> used = counts.stream().filter(counted).toList();
		Map<Long, List<ReportedCount>> byFacility = used.stream()
			.collect(Collectors.groupingBy(c -> c.getFacility().getId(), LinkedHashMap::new, Collectors.toList()));
		List<CohortEstimates> own = forFacility(byFacility.getOrDefault(facilityId, List.of()), childIds, byFacility);
		List<CohortEstimates> group = parentId == null ? List.of()
				: forFacility(byFacility.getOrDefault(parentId, List.of()), Set.of(), byFacility);
		Map<Long, ReportedCount> byId = used.stream()
			.collect(Collectors.toMap(ReportedCount::getId, c -> c, (a, b) -> a, LinkedHashMap::new));
		return new FacilityEstimates(own, group, byId);
	}

	private static List<CohortEstimates> forFacility(List<ReportedCount> counts, Set<Long> childIds,
			Map<Long, List<ReportedCount>> byFacility) {
		Map<Long, Cohort> cohorts = new TreeMap<>();
		Map<Long, List<Report>> reports = new LinkedHashMap<>();
		for (ReportedCount count : counts) {
			cohorts.putIfAbsent(count.getCohort().getId(), count.getCohort());
			reports.computeIfAbsent(count.getCohort().getId(), k -> new ArrayList<>()).add(Report.of(count));
		}
		Map<Long, List<Estimate>> siteEstimates = new LinkedHashMap<>();
		for (Long child : childIds) {
			Map<Long, List<Report>> childReports = new LinkedHashMap<>();
			for (ReportedCount count : byFacility.getOrDefault(child, List.of())) {
				cohorts.putIfAbsent(count.getCohort().getId(), count.getCohort());
				childReports.computeIfAbsent(count.getCohort().getId(), k -> new ArrayList<>()).add(Report.of(count));
			}
			childReports.forEach((cohort, list) -> Estimates.latest(list)
				.ifPresent(e -> siteEstimates.computeIfAbsent(cohort, k -> new ArrayList<>()).add(e)));
		}
		return cohorts.values()
			.stream()
			.sorted(Comparator.comparing(Cohort::getName))
			.map(cohort -> {
				List<Report> list = reports.getOrDefault(cohort.getId(), List.of());
				List<Estimate> sites = siteEstimates.getOrDefault(cohort.getId(), List.of());
				return new CohortEstimates(cohort, Estimates.latest(list).orElse(null), Estimates.timeline(list),
						Estimates.sum(sites).orElse(null), sites.size(), childIds.size());
			})
			.filter(Objects::nonNull)
			.toList();
	}

}
