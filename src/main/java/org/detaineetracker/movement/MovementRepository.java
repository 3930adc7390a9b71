package org.detaineetracker.movement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.detaineetracker.facility.Facility;

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

	/**
	 * The stored movement a new one most likely is: the same from, to and cohort, over dates that
	 * overlap (a missing end is open). Any source: a second outlet's account of it is a report of the
	 * same movement. The last day of a partial date counts ("February 2026" runs to the 28th).
	 */
	@Query(nativeQuery = true, value = """
			select m.id from movement m
			where m.from_facility_id = :from and m.to_facility_id is not distinct from cast(:to as bigint)
			  and m.cohort_id = :cohort
			  and (cast(:lastDay as date) is null or coalesce(m.started_on, m.ended_on) is null
			       or coalesce(m.started_on, m.ended_on) <= cast(:lastDay as date))
			  and (cast(:firstDay as date) is null or coalesce(m.ended_on, m.started_on) is null
			       or cast(:firstDay as date) <= case coalesce(m.ended_precision, m.started_precision)
			            when 'MONTH' then (date_trunc('month', coalesce(m.ended_on, m.started_on)) + interval '1 month - 1 day')::date
			            when 'YEAR' then (date_trunc('year', coalesce(m.ended_on, m.started_on)) + interval '1 year - 1 day')::date
			            else coalesce(m.ended_on, m.started_on) end)
			  and m.id <> :exceptId
			order by m.id limit 1""")
	Optional<Long> findLikelySameId(long from, Long to, long cohort, LocalDate firstDay, LocalDate lastDay,
			long exceptId);

}
