package org.detaineetracker.facilitypage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.kernel.KnownOn;

/**
 * The facilities index as the page and the API list it: filtered, as known on a date, in the order
 * people expect (V85).
 */
@Service
public class FacilityIndex {

	private final FacilityIndexRepository rows;

	FacilityIndex(FacilityIndexRepository rows) {
		this.rows = rows;
	}

	/**
	 * A client's own sort is not passed into the query: the index is always in the order of its stored
	 * sort key (V85), which the query names itself.
	 */
	@Transactional(readOnly = true)
	public Page<FacilityRow> find(FacilityFilter filter, KnownOn knownOn, Pageable pageable) {
		return rows.findRows(filter.country(), filter.kind(), filter.holder(), filter.query(), knownOn.latestKnownFrom(),
				PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
	}

}
