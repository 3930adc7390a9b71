package org.detaineetracker.movement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import org.detaineetracker.source.Source;

public interface MovementReportRepository extends JpaRepository<MovementReport, Long> {

	/** The reports of one movement with their sources, first recorded first, in one statement. */
	@Query("""
			select r from MovementReport r
			join fetch r.source
			where r.movement.id = :movementId
			order by r.id""")
	List<MovementReport> findForMovement(long movementId);

	/**
	 * The same, each with the root of its source's cites chain (V41) and the source it cites, for the
	 * movement's page: element 0 the report, 1 the root id.
	 */
	@Query("""
			select r, sf.rootId from MovementReport r
			join fetch r.source s
			left join fetch s.cites
			join SourceFacts sf on sf.id = s.id
			where r.movement.id = :movementId
			order by r.id""")
	List<Object[]> findWithRootsForMovement(long movementId);

	/**
	 * Every report a source gave of a movement, with the movement and its ends (what the source's page
	 * shows of it): the movements it was first recorded from and those it reported after another outlet.
	 */
	@Query("""
			select r from MovementReport r
			join fetch r.movement m
			join fetch m.from
			left join fetch m.to
			where r.source = :source
			order by m.startedOn nulls first, m.id, r.id""")
	List<MovementReport> findForSourcePage(Source source);

	/** The report a movement was first recorded from: the one its edit form corrects with it. */
	Optional<MovementReport> findFirstByMovementIdOrderByIdAsc(long movementId);

}
