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
	 * The facilities index, as known on a date. {@code search} is matched against the name and every
	 * alias ignoring case, accents, hyphens, spaces and articles (the search key kept by V42); a null
	 * filter matches everything. Holders are those whose custody was still open on the date (now:
	 * still open), counts and latest as-of those of figures known then and not retracted. Sources are
	 * filtered in an uncorrelated subquery: joining them inside each row's subquery made PostgreSQL
	 * hash every source for every row (10 ms a page at a million figures instead of 6).
	 */
	@Query(value = """
			select new org.detaineetracker.facility.FacilityRow(f.id, f.slug, f.name, f.kind, f.countryCode, f.admin1,
			    (select min(coalesce(h.shortName, h.name)) from CustodyPeriod p join p.holder h
			        where p.facility = f and p.source.id in (select sf.id from SourceFacts sf where sf.knownFrom <= :knownOn)
			          and (p.endedOn is null or p.endedOn > :knownOn)),
			    (select count(c) from ReportedCount c where c.facility = f
			        and c.source.id in (select sf.id from SourceFacts sf where sf.knownFrom <= :knownOn)
			        and (c.retractedAt is null or c.retractedAt >= :retractedBefore)),
			    (select max(c.asOf) from ReportedCount c where c.facility = f
			        and c.source.id in (select sf.id from SourceFacts sf where sf.knownFrom <= :knownOn)
			        and (c.retractedAt is null or c.retractedAt >= :retractedBefore)))
			from Facility f
			where (:country is null or f.countryCode = :country)
			  and (:kind is null or f.kind = :kind)
			  and (:holder is null or exists (select 1 from CustodyPeriod p where p.facility = f and p.holder.slug = :holder
			        and p.source.id in (select sf.id from SourceFacts sf where sf.knownFrom <= :knownOn)
			        and (p.endedOn is null or p.endedOn > :knownOn)))
			  and (:search is null or f.id in (select fs.id from FacilitySearch fs
			        where function('tracker_query_key', cast(:search as String)) <> ''
			          and locate(function('tracker_query_key', cast(:search as String)), fs.searchKey) > 0))""",
			countQuery = """
			select count(f) from Facility f
			where (:country is null or f.countryCode = :country)
			  and (:kind is null or f.kind = :kind)
			  and (:holder is null or exists (select 1 from CustodyPeriod p where p.facility = f and p.holder.slug = :holder
			        and p.source.id in (select sf.id from SourceFacts sf where sf.knownFrom <= :knownOn)
			        and (p.endedOn is null or p.endedOn > :knownOn)))
			  and (:search is null or f.id in (select fs.id from FacilitySearch fs
			        where function('tracker_query_key', cast(:search as String)) <> ''
			          and locate(function('tracker_query_key', cast(:search as String)), fs.searchKey) > 0))""")
	Page<FacilityRow> findRows(String country, FacilityKind kind, String holder, String search,
			java.time.LocalDate knownOn, java.time.Instant retractedBefore, Pageable pageable);

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
