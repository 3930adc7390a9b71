package org.detaineetracker.facility;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FacilityRepository extends JpaRepository<Facility, Long> {

	/**
	 * Everything the facility page shows about the facility itself, in one statement. The joined
	 * collections are small (a few aliases, children and custody periods), so the product stays small.
	 */
	@Query("""
			select f from Facility f
			left join fetch f.parent
			left join fetch f.aliases
			left join fetch f.children
			left join fetch f.custodyPeriods p
			left join fetch p.holder
			left join fetch p.source
			where f.slug = :slug""")
	Optional<Facility> findPageBySlug(String slug);

	/**
	 * The facilities index. {@code search} is a lower-case LIKE pattern matched against the name and
	 * every alias; a null filter matches everything. Holders are those whose custody is still open.
	 */
	@Query(value = """
			select new org.detaineetracker.facility.FacilityRow(f.id, f.slug, f.name, f.kind, f.countryCode, f.admin1,
			    (select min(coalesce(h.shortName, h.name)) from CustodyPeriod p join p.holder h
			        where p.facility = f and p.endedOn is null),
			    (select count(c) from ReportedCount c where c.facility = f and c.status = ACTIVE),
			    (select max(c.asOf) from ReportedCount c where c.facility = f and c.status = ACTIVE))
			from Facility f
			where (:country is null or f.countryCode = :country)
			  and (:kind is null or f.kind = :kind)
			  and (:holder is null or exists (select 1 from CustodyPeriod p
			        where p.facility = f and p.endedOn is null and p.holder.slug = :holder))
			  and (:search is null or lower(f.name) like :search
			        or exists (select 1 from Facility g join g.aliases a where g = f and lower(a) like :search))""",
			countQuery = """
			select count(f) from Facility f
			where (:country is null or f.countryCode = :country)
			  and (:kind is null or f.kind = :kind)
			  and (:holder is null or exists (select 1 from CustodyPeriod p
			        where p.facility = f and p.endedOn is null and p.holder.slug = :holder))
			  and (:search is null or lower(f.name) like :search
			        or exists (select 1 from Facility g join g.aliases a where g = f and lower(a) like :search))""")
	Page<FacilityRow> findRows(String country, FacilityKind kind, String holder, String search, Pageable pageable);

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

	@Query("select count(f), coalesce(sum(case when f.kind = GROUP then 1 else 0 end), 0) from Facility f")
	List<Object[]> countFacilitiesAndGroups();

}
