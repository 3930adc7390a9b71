package org.detaineetracker.claim.reading;

/** What a candidate figure says happened to the people it counts. */
public enum ClaimKind {

	/** Held in a facility: "the camp holds 40,000 people". */
	HELD,
	/** Moved between facilities or countries: "airlifted 7,000 fighters to Iraq". */
	MOVED,
	/** Let out of custody: "freed 300 women". */
	RELEASED,
	/** Broke out of custody: "150 prisoners escaped". */
	ESCAPED

}
