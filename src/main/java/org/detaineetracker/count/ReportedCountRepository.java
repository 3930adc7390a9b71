package org.detaineetracker.count;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.source.Source;

public interface ReportedCountRepository extends JpaRepository<ReportedCount, Long> {

	/**
	 * Every figure for several facilities at once (a facility, its group and its sites), in one
	 * statement; retracted ones included, oldest first.
	 */
	@Query("""
			select c, sf.rootId from ReportedCount c
			join fetch c.cohort
			join fetch c.source
			left join fetch c.custodyHolder
			join SourceFacts sf on sf.id = c.source.id
			where c.facility.id in :facilityIds
			order by c.asOf, c.id""")
	List<Object[]> findForFacilitiesWithRoots(java.util.Collection<Long> facilityIds);

	/**
	 * Every figure for several facilities with the independent source behind each (the root of its
	 * source's cites chain), in one statement.
	 */
	default List<CountWithRoot> findForFacilities(java.util.Collection<Long> facilityIds) {
		return findForFacilitiesWithRoots(facilityIds).stream()
			.map(row -> new CountWithRoot((ReportedCount) row[0], (Long) row[1]))
			.toList();
	}

	@Query("""
			select c from ReportedCount c
			join fetch c.facility
			join fetch c.cohort
			left join fetch c.custodyHolder
			where c.source = :source
			order by c.asOf, c.id""")
	List<ReportedCount> findForSourcePage(Source source);

	@Query("""
			select c from ReportedCount c
			join fetch c.facility
			join fetch c.cohort
			join fetch c.source s
			left join fetch s.cites
			left join fetch c.custodyHolder
			where c.id = :id""")
	Optional<ReportedCount> findPageById(long id);

	/**
	 * The most recent figures known on a date and not retracted by then, newest as-of date first.
	 * With the far-future date of "now" this is every active figure.
	 */
	@Query("""
			select c from ReportedCount c
			join fetch c.facility
			join fetch c.cohort
			join fetch c.source s
			where c.source.id in (select sf.id from SourceFacts sf where sf.knownFrom <= :knownOn)
			  and (c.retractedAt is null or c.retractedAt >= :retractedBefore)
			order by c.asOf desc, c.id desc""")
	List<ReportedCount> findLatestKnown(java.time.LocalDate knownOn, java.time.Instant retractedBefore, Limit limit);

	@Query("""
			select c from ReportedCount c
			where c.source = :source and c.facility = :facility and c.cohort = :cohort and c.asOf = :asOf
			  and c.figure.value = :value and c.id <> :exceptId
			order by c.id""")
	List<ReportedCount> findDuplicates(Source source, Facility facility, org.detaineetracker.cohort.Cohort cohort,
			java.time.LocalDate asOf, int value, long exceptId);
	/** Per source, how many of its figures had not been retracted before a moment. */
	@Query("""
			select c.source.id, count(c) from ReportedCount c
			where c.retractedAt is null or c.retractedAt >= :retractedBefore
			group by c.source.id""")
	List<Object[]> countNotRetractedBySource(java.time.Instant retractedBefore);

	@Query("select c.source.id, count(c) from ReportedCount c where c.status = ACTIVE group by c.source.id")
	List<Object[]> countActiveBySource();

}
