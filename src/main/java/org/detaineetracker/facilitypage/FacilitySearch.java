package org.detaineetracker.facilitypage;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import org.detaineetracker.facility.Facility;

/**
 * A facility's name and aliases folded for search (V42, kept by triggers), read-only. A separate
 * entity over the same table, so that {@link Facility} keeps exactly its editable, audited columns.
 */
@Entity
@Immutable
@Table(name = "facility")
class FacilitySearch {

	@Id
	private Long id;

	private String searchKey;

	protected FacilitySearch() {
	}

}
