package org.detaineetracker.facility;

public enum FacilityStatus {
	ACTIVE, CLOSED, UNKNOWN
}
