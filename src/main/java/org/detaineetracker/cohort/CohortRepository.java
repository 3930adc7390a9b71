package org.detaineetracker.cohort;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CohortRepository extends JpaRepository<Cohort, Long> {

	List<Cohort> findAllByOrderByNameAsc();

	/** Every cohort with the broader one it belongs to, in one statement. */
	@Query("select c from Cohort c left join fetch c.parent order by c.name")
	List<Cohort> findAllWithParents();

	@Query("select c from Cohort c left join fetch c.parent where c.slug = :slug")
	Optional<Cohort> findBySlug(String slug);

	@Query("select c from Cohort c left join fetch c.parent where c.id = :id")
	Optional<Cohort> findWithParentById(long id);

	boolean existsBySlugAndIdNot(String slug, long id);

	/** The cohort with this id and every broader cohort above it. */
	@Query(nativeQuery = true, value = """
			with recursive chain (id, parent_id) as (
			    select id, parent_id from cohort where id = :id
			    union
			    select c.id, c.parent_id from cohort c join chain h on c.id = h.parent_id)
			select id from chain""")
	List<Long> findSelfAndAncestorIds(long id);

}
