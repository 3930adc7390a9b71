package org.detaineetracker.facility;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FacilityRepository extends JpaRepository<Facility, Long> {

	/**
	 * Everything the facility page shows about the facility itself, in one statement. The joined
	 * collections are small (a few aliases and children), so the product stays small.
	 */
	@Query("""
			select f from Facility f
			left join fetch f.parent
			left join fetch f.aliases
			left join fetch f.children
			where f.slug = :slug""")
	Optional<Facility> findPageBySlug(String slug);

	Optional<Facility> findBySlug(String slug);

	/** A facility with what its form shows: its group and its aliases. */
	@Query("""
			select f from Facility f
			left join fetch f.parent
			left join fetch f.aliases
			where f.slug = :slug""")
	Optional<Facility> findForFormBySlug(String slug);

	@Query("""
			select f from Facility f
			left join fetch f.parent
			left join fetch f.aliases
			where f.id = :id""")
	Optional<Facility> findForFormById(long id);

	boolean existsBySlugAndIdNot(String slug, long id);

	boolean existsByParentId(long parentId);

	List<Facility> findByKindOrderByNameAsc(FacilityKind kind);

	/** The facility with this id and every group above it. */
	@Query(nativeQuery = true, value = """
			with recursive chain (id, parent_id) as (
			    select id, parent_id from facility where id = :id
			    union
			    select f.id, f.parent_id from facility f join chain c on f.id = c.parent_id)
			select id from chain""")
	List<Long> findSelfAndAncestorIds(long id);

}
