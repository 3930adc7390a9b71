package org.detaineetracker.count;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.source.Source;

public interface ReportedCountRepository extends JpaRepository<ReportedCount, Long> {

	/**
	 * The figures of several facilities at once (a facility, its group and its sites), in one
	 * statement, oldest first: every one when {@code everyRecorded}, retracted ones included;
	 * otherwise those known on the day (count_known_on, V70).
	 */
	@Query("""
			select c, sf.rootId from ReportedCount c
			join fetch c.cohort
			join fetch c.source
			left join fetch c.custodyHolder
			join SourceFacts sf on sf.id = c.source.id
			where c.facility.id in :facilityIds
			  and (:everyRecorded = true or function('count_known_on', sf.knownFrom, c.retractedAt, :knownOn) = true)
			order by c.asOf, c.id""")
	List<Object[]> findForFacilitiesWithRoots(java.util.Collection<Long> facilityIds, LocalDate knownOn,
			boolean everyRecorded);

	/**
	 * The figures of several facilities that the view of a date lists, with the independent source
	 * behind each (the root of its source's cites chain), in one statement: now, every figure
	 * (retracted ones are listed, marked); on a date, those known then and not retracted by then.
	 */
	default List<CountWithRoot> findForFacilities(java.util.Collection<Long> facilityIds, KnownOn knownOn) {
		return findForFacilitiesWithRoots(facilityIds, knownOn.latestKnownFrom(), !knownOn.isActive()).stream()
			.map(row -> new CountWithRoot((ReportedCount) row[0], (Long) row[1]))
			.toList();
	}

	/** A source's figures, oldest first: every one when {@code everyRecorded}, otherwise those known on the day. */
	@Query("""
			select c from ReportedCount c
			join fetch c.facility
			join fetch c.cohort
			left join fetch c.custodyHolder
			join SourceFacts sf on sf.id = c.source.id
			where c.source = :source
			  and (:everyRecorded = true or function('count_known_on', sf.knownFrom, c.retractedAt, :knownOn) = true)
			order by c.asOf, c.id""")
	List<ReportedCount> findForSourcePage(Source source, LocalDate knownOn, boolean everyRecorded);

	/** A source's figures that the view of a date lists, as for {@link #findForFacilities}. */
	default List<ReportedCount> findForSourcePage(Source source, KnownOn knownOn) {
		return findForSourcePage(source, knownOn.latestKnownFrom(), !knownOn.isActive());
	}

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
	 * The most recent figures known on a day (count_known_on, V70), newest as-of date first. With the
	 * far-future day of "now" this is every active figure.
	 */
	@Query("""
			select c from ReportedCount c
			join fetch c.facility
			join fetch c.cohort
			join fetch c.source s
			join SourceFacts sf on sf.id = s.id
			where function('count_known_on', sf.knownFrom, c.retractedAt, :knownOn) = true
			order by c.asOf desc, c.id desc""")
	List<ReportedCount> findLatestKnown(LocalDate knownOn, Limit limit);

	@Query("""
			select c from ReportedCount c
			where c.source = :source and c.facility = :facility and c.cohort = :cohort and c.asOf = :asOf
			  and c.figure.value = :value and c.id <> :exceptId
			order by c.id""")
	List<ReportedCount> findDuplicates(Source source, Facility facility, org.detaineetracker.cohort.Cohort cohort,
			java.time.LocalDate asOf, int value, long exceptId);

	/** Per source, how many of its figures were known on a day (count_known_on, V70); now: its active ones. */
	@Query("""
			select c.source.id, count(c) from ReportedCount c
			join SourceFacts sf on sf.id = c.source.id
			where function('count_known_on', sf.knownFrom, c.retractedAt, :knownOn) = true
			group by c.source.id""")
	List<Object[]> countKnownBySource(LocalDate knownOn);

}
