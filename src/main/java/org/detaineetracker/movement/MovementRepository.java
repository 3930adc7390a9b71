package org.detaineetracker.movement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.source.Source;

public interface MovementRepository extends JpaRepository<Movement, Long> {

	/**
	 * Movements out of or into a facility known on a day (source_known_on, V70), in one statement. The
	 * ends are matched in a subquery on the movement table alone, so each uses its index (an "or"
	 * across the fetched joins made PostgreSQL scan every movement: 60 ms at 20,000 movements instead
	 * of 0.1 ms).
	 */
	@Query("""
			select m from Movement m
			join fetch m.from
			left join fetch m.to
			join fetch m.cohort
			join fetch m.source
			left join fetch m.operator
			where m.id in (select x.id from Movement x where x.from = :facility or x.to = :facility)
			  and m.source.id in (select sf.id from SourceFacts sf where function('source_known_on', sf.knownFrom, :knownOn) = true)
			order by m.startedOn nulls first, m.endedOn nulls last, m.id""")
	List<Movement> findTouching(Facility facility, LocalDate knownOn);

	@Query("""
			select m from Movement m
			join fetch m.from
			left join fetch m.to
			join fetch m.cohort
			left join fetch m.operator
			where m.source = :source
			order by m.startedOn nulls first, m.id""")
	List<Movement> findForSourcePage(Source source);

	/** A movement with everything its form shows, in one statement. */
	@Query("""
			select m from Movement m
			join fetch m.from
			left join fetch m.to
			join fetch m.cohort
			join fetch m.source
			left join fetch m.operator
			where m.id = :id""")
	Optional<Movement> findForFormById(long id);

	/**
	 * The most recent movements known on a day (source_known_on, V70), for the movements page, in one
	 * statement (capped: the page says so).
	 */
	@Query("""
			select m from Movement m
			join fetch m.from
			left join fetch m.to
			join fetch m.cohort
			join fetch m.source s
			left join fetch m.operator
			where m.source.id in (select sf.id from SourceFacts sf where function('source_known_on', sf.knownFrom, :knownOn) = true)
			order by coalesce(m.endedOn, m.startedOn) desc nulls last, m.id desc""")
	List<Movement> findAllKnown(LocalDate knownOn, org.springframework.data.domain.Limit limit);

	/** Movements a custody holder operated, or out of or into the facilities it held, known on a day. */
	@Query("""
			select m from Movement m
			join fetch m.from f
			left join fetch m.to t
			join fetch m.cohort
			join fetch m.source s
			left join fetch m.operator o
			where m.source.id in (select sf.id from SourceFacts sf where function('source_known_on', sf.knownFrom, :knownOn) = true)
			  and m.id in (select x.id from Movement x
			    where x.operator.id = (select h.id from CustodyHolder h where h.slug = :holder)
			       or x.from.id in (select p.facility.id from CustodyPeriod p where p.holder.slug = :holder)
			       or x.to.id in (select p.facility.id from CustodyPeriod p where p.holder.slug = :holder))
			order by coalesce(m.endedOn, m.startedOn) desc nulls last, m.id desc""")
	List<Movement> findForHolder(String holder, LocalDate knownOn, org.springframework.data.domain.Limit limit);

	/** A stored movement that a new one would repeat: same from, to, cohort, dates and source. */
	@Query(nativeQuery = true, value = """
			select m.id from movement m
			where m.from_facility_id = :from and m.to_facility_id is not distinct from cast(:to as bigint)
			  and m.cohort_id = :cohort and m.source_id = :source
			  and m.started_on is not distinct from cast(:startedOn as date)
			  and m.ended_on is not distinct from cast(:endedOn as date)
			  and m.id <> :exceptId
			order by m.id limit 1""")
	Optional<Long> findDuplicateId(long from, Long to, long cohort, long source, java.time.LocalDate startedOn,
			java.time.LocalDate endedOn, long exceptId);

}
