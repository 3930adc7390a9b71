package org.detaineetracker.custody;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustodyHolderRepository extends JpaRepository<CustodyHolder, Long> {

	List<CustodyHolder> findAllByOrderByNameAsc();

}
