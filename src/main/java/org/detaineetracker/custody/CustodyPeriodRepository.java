package org.detaineetracker.custody;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CustodyPeriodRepository extends JpaRepository<CustodyPeriod, Long> {

	/** A custody period with everything its form shows, in one statement. */
	@Query("""
			select p from CustodyPeriod p
			join fetch p.facility
			join fetch p.holder
			join fetch p.source
			where p.id = :id""")
	Optional<CustodyPeriod> findForFormById(long id);

}
