package org.detaineetracker.movement;

import java.util.List;
import java.util.Optional;

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

}
