package org.detaineetracker.claim.reading;

import java.util.Objects;

/**
 * A name or alias of a facility for the finder to look for: ("al-hol-camp", "al-Hawl"). Matching
 * ignores case, accents, hyphens and a leading "al", so one alias covers "Al Hawl" and "al-Hawl".
 */
public record PlaceName(String facilitySlug, String name) {

	public PlaceName {
		Objects.requireNonNull(facilitySlug, "facilitySlug");
		Objects.requireNonNull(name, "name");
	}

}
