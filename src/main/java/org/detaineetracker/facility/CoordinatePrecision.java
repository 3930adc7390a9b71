package org.detaineetracker.facility;

/** How closely the stored coordinates locate the facility. */
public enum CoordinatePrecision {
	/** The facility itself. */
	EXACT,
	/** Within the compound or its immediate surroundings. */
	SITE,
	/** The town or city it is in or near. */
	SETTLEMENT,
	/** Only the governorate or province. */
	ADMIN1
}
