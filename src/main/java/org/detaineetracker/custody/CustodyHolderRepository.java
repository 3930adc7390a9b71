package org.detaineetracker.custody;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustodyHolderRepository extends JpaRepository<CustodyHolder, Long> {

	List<CustodyHolder> findAllByOrderByNameAsc();

	Optional<CustodyHolder> findBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, long id);

}
