package org.detaineetracker.facilitypage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import org.detaineetracker.custody.CustodyPeriod;
import org.detaineetracker.facility.Facility;
import org.detaineetracker.kernel.KnownOn;

/**
 * The facility page's own read of a facility. A facility knows nothing of who holds it (custody
 * depends on facility, never the other way), so the page joins the custody periods here.
 */
interface FacilityPageRepository extends Repository<Facility, Long> {

	/**
	 * The facility with its parent, aliases, children and the custody periods known on a day
	 * (source_known_on, V70) with their holder and source, in one statement. The joined collections
	 * are small, so the product stays small.
	 */
	@Query("""
			select f, p from Facility f
			left join fetch f.parent
			left join fetch f.aliases
			left join fetch f.children
			left join CustodyPeriod p on p.facility = f
			    and p.source.id in (select sf.id from SourceFacts sf where function('source_known_on', sf.knownFrom, :knownOn) = true)
			left join fetch p.holder
			left join fetch p.source
			where f.slug = :slug""")
	List<Object[]> findFacilityAndCustodyBySlug(String slug, LocalDate knownOn);

	default Optional<FacilityWithCustody> findPageBySlug(String slug, KnownOn knownOn) {
		List<Object[]> rows = findFacilityAndCustodyBySlug(slug, knownOn.latestKnownFrom());
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Set<CustodyPeriod> periods = new LinkedHashSet<>();
		for (Object[] row : rows) {
			if (row[1] != null) {
				periods.add((CustodyPeriod) row[1]);
			}
		}
		List<CustodyPeriod> chronological = new ArrayList<>(periods);
		chronological.sort(CustodyPeriod.CHRONOLOGICAL);
		return Optional.of(new FacilityWithCustody((Facility) rows.get(0)[0], List.copyOf(chronological)));
	}

	/** The facility alone, for pages that show its name beside something else (its history). */
	Optional<Facility> findBySlug(String slug);

	record FacilityWithCustody(Facility facility, List<CustodyPeriod> custodyPeriods) {
	}

}
