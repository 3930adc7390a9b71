package org.detaineetracker.movement;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.source.Source;

public interface MovementRepository extends JpaRepository<Movement, Long> {

	/** Movements out of or into a facility, in one statement. */
	@Query("""
			select m from Movement m
			join fetch m.from
			left join fetch m.to
			join fetch m.cohort
			join fetch m.source
			left join fetch m.operator
			where m.from = :facility or m.to = :facility
			order by m.startedOn nulls first, m.endedOn nulls last, m.id""")
	List<Movement> findTouching(Facility facility);

	@Query("""
			select m from Movement m
			join fetch m.from
			left join fetch m.to
			join fetch m.cohort
			left join fetch m.operator
			where m.source = :source
			order by m.startedOn nulls first, m.id""")
	List<Movement> findForSourcePage(Source source);

	/** Every movement, for the movements page, in one statement (capped: the page says so). */
	@Query("""
			select m from Movement m
			join fetch m.from
			left join fetch m.to
			join fetch m.cohort
			join fetch m.source s
			left join fetch m.operator
			where s.knownFrom <= :knownOn
			order by m.id""")
	List<Movement> findAllKnown(java.time.LocalDate knownOn, org.springframework.data.domain.Limit limit);

	/** Movements a custody holder operated, or out of or into the facilities it held. */
	@Query("""
			select m from Movement m
			join fetch m.from f
			left join fetch m.to t
			join fetch m.cohort
			join fetch m.source s
			left join fetch m.operator o
			where s.knownFrom <= :knownOn
			  and (o.slug = :holder
			    or exists (select 1 from CustodyPeriod p where p.holder.slug = :holder and (p.facility = f or p.facility = t)))
			order by m.id""")
	List<Movement> findForHolder(String holder, java.time.LocalDate knownOn, org.springframework.data.domain.Limit limit);

}
