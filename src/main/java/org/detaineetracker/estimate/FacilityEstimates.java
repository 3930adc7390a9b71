package org.detaineetracker.estimate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.detaineetracker.count.CountWithRoot;
import org.detaineetracker.count.ReportedCount;

/**
 * The estimates a facility page shows: the facility's own per cohort; for a group, its sites' latest
 * estimates added up beside its own; for a site, its group's, labelled as the group's.
 *
 * @param own per cohort, by cohort name
 * @param group the group's estimates when the facility is part of one (empty otherwise)
 * @param counts every figure the estimates name, by id, so a page can say which reports disagree
 */
public record FacilityEstimates(List<CohortEstimates> own, List<CohortEstimates> group, Map<Long, ReportedCount> counts) {

	public ReportedCount count(long id) {
		return counts.get(id);
	}

	/**
	 * @param facilityId the facility shown
	 * @param parentId its group, or null
	 * @param sites how many sites it has (0 for a single facility)
	 * @param counts figures of the facility and its group
	 * @param counted which figures count (known on the date shown and not retracted)
	 * @param siteEstimates the latest estimates of its sites (from the snapshot)
	 */
	public static FacilityEstimates of(long facilityId, Long parentId, int sites, Collection<CountWithRoot> counts,
			Predicate<ReportedCount> counted, Collection<Placed> siteEstimates) {
		List<CountWithRoot> used = counts.stream().filter(c -> counted.test(c.count())).toList();
		Map<Long, List<CountWithRoot>> byFacility = used.stream()
			.collect(Collectors.groupingBy(c -> c.count().getFacility().getId(), LinkedHashMap::new, Collectors.toList()));
		List<CohortEstimates> own = forFacility(byFacility.getOrDefault(facilityId, List.of()), sites, siteEstimates);
		List<CohortEstimates> group = parentId == null ? List.of()
				: forFacility(byFacility.getOrDefault(parentId, List.of()), 0, List.of());
		Map<Long, ReportedCount> byId = used.stream()
			.map(CountWithRoot::count)
			.collect(Collectors.toMap(ReportedCount::getId, c -> c, (a, b) -> a, LinkedHashMap::new));
		return new FacilityEstimates(own, group, byId);
	}

	private static List<CohortEstimates> forFacility(List<CountWithRoot> counts, int sites,
			Collection<Placed> siteEstimates) {
		Map<Long, CohortRef> cohorts = new LinkedHashMap<>();
		Map<Long, List<Report>> reports = new LinkedHashMap<>();
		for (CountWithRoot figure : counts) {
			ReportedCount count = figure.count();
			cohorts.putIfAbsent(count.getCohort().getId(), CohortRef.of(count.getCohort()));
			reports.computeIfAbsent(count.getCohort().getId(), k -> new ArrayList<>()).add(Report.of(figure));
		}
		Map<Long, List<Estimate>> bySiteCohort = new LinkedHashMap<>();
		for (Placed site : siteEstimates) {
			cohorts.putIfAbsent(site.cohortId(), new CohortRef(site.cohortId(), site.cohortSlug(), site.cohortName()));
			bySiteCohort.computeIfAbsent(site.cohortId(), k -> new ArrayList<>()).add(site.estimate());
		}
		return cohorts.values()
			.stream()
			.sorted(Comparator.comparing(CohortRef::name))
			.map(cohort -> {
				List<Report> list = reports.getOrDefault(cohort.id(), List.of());
				List<Estimate> siteList = bySiteCohort.getOrDefault(cohort.id(), List.of());
				return new CohortEstimates(cohort, Estimates.latest(list).orElse(null), Estimates.timeline(list),
						Estimates.sum(siteList).orElse(null), siteList.size(), sites);
			})
			.toList();
	}

}
