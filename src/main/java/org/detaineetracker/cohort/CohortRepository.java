package org.detaineetracker.cohort;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

	List<Cohort> findAllByOrderByNameAsc();

}
