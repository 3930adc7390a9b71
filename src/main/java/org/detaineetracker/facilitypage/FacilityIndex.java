package org.detaineetracker.facilitypage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.kernel.KnownOn;

/** The facilities index as the page and the API list it: filtered, as known on a date, in name order. */
@Service
public class FacilityIndex {

	/**
	 * By the name's letters, ignoring case, accents, hyphens and a leading article (V111: "al-Hol
	 * camp" under H); ties in the name's own order.
	 */
	private static final Sort BY_NAME = Sort.by("sortKey", "name");

	private final FacilityIndexRepository rows;

	FacilityIndex(FacilityIndexRepository rows) {
		this.rows = rows;
	}

	/** A client's own sort is not passed into the query: the index is always in name order. */
	@Transactional(readOnly = true)
	public Page<FacilityRow> find(FacilityFilter filter, KnownOn knownOn, Pageable pageable) {
		return rows.findRows(filter.country(), filter.kind(), filter.holder(), filter.query(), knownOn.latestKnownFrom(),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), BY_NAME));
	}

}
