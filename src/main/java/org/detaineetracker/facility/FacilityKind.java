package org.detaineetracker.facility;

public enum FacilityKind {
	PRISON, CAMP, DETENTION_CENTRE, HOLDING_SITE,
	/** Several sites that reports speak of as a whole; its parts are its child facilities. */
	GROUP
}
