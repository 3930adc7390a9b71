package org.detaineetracker.facilitypage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.detaineetracker.facility.Facility;
import org.detaineetracker.facility.FacilityKind;

/** The facilities index: one row per facility with what the index and the API list show. */
interface FacilityIndexRepository extends Repository<Facility, Long> {

	/**
	 * The facilities index, as known on a date. {@code search} is matched against the name and every
	 * alias ignoring case, accents, hyphens, spaces and articles (the search key kept by V42); a null
	 * filter matches everything. Holders are those whose custody, known on the day, was still open
	 * then (now: still open); counts and latest as-of those of figures known on the day
	 * (source_known_on and count_known_on, V70, which PostgreSQL inlines). At a million figures the
	 * figures' sources are hashed once per statement, not once per row (EXPLAIN ANALYZE: 5–7 ms a page).
	 */
	@Query(value = """
			select new org.detaineetracker.facilitypage.FacilityRow(f.id, f.slug, f.name, f.kind, f.countryCode, f.admin1,
			    (select min(h.name) from CustodyPeriod p join p.holder h
			        where p.facility = f and p.source.id in (select sf.id from SourceFacts sf where function('source_known_on', sf.knownFrom, :knownOn) = true)
			          and (p.endedOn is null or p.endedOn > :knownOn)),
			    (select count(c) from ReportedCount c join SourceFacts sf on sf.id = c.source.id where c.facility = f
			        and function('count_known_on', sf.knownFrom, c.retractedAt, :knownOn) = true),
			    (select max(c.asOf) from ReportedCount c join SourceFacts sf on sf.id = c.source.id where c.facility = f
			        and function('count_known_on', sf.knownFrom, c.retractedAt, :knownOn) = true))
			from Facility f
			where (:country is null or f.countryCode = :country)
			  and (:kind is null or f.kind = :kind)
			  and (:holder is null or exists (select 1 from CustodyPeriod p where p.facility = f and p.holder.slug = :holder
			        and p.source.id in (select sf.id from SourceFacts sf where function('source_known_on', sf.knownFrom, :knownOn) = true)
			        and (p.endedOn is null or p.endedOn > :knownOn)))
			  and (:search is null or f.id in (select fs.id from FacilitySearch fs
			        where function('tracker_query_key', cast(:search as String)) <> ''
			          and locate(function('tracker_query_key', cast(:search as String)), fs.searchKey) > 0))""",
			countQuery = """
			select count(f) from Facility f
			where (:country is null or f.countryCode = :country)
			  and (:kind is null or f.kind = :kind)
			  and (:holder is null or exists (select 1 from CustodyPeriod p where p.facility = f and p.holder.slug = :holder
			        and p.source.id in (select sf.id from SourceFacts sf where function('source_known_on', sf.knownFrom, :knownOn) = true)
			        and (p.endedOn is null or p.endedOn > :knownOn)))
			  and (:search is null or f.id in (select fs.id from FacilitySearch fs
			        where function('tracker_query_key', cast(:search as String)) <> ''
			          and locate(function('tracker_query_key', cast(:search as String)), fs.searchKey) > 0))""")
	Page<FacilityRow> findRows(String country, FacilityKind kind, String holder, String search,
			java.time.LocalDate knownOn, Pageable pageable);

}
