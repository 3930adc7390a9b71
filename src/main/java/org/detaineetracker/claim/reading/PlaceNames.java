package org.detaineetracker.claim.reading;

import java.util.List;

/**
 * The names and aliases of the facilities the finder looks for in a text: what it needs from the rest
 * of the application, and all. The claim module supplies them from the facility records; tests and
 * the bench commands write them out.
 */
@FunctionalInterface
public interface PlaceNames {

	/** No facility names: no candidate gets a facility hint. */
	PlaceNames NONE = List::of;

	List<PlaceName> placeNames();

	static PlaceNames of(List<PlaceName> names) {
		List<PlaceName> copy = List.copyOf(names);
		return () -> copy;
	}

	static PlaceNames of(PlaceName... names) {
		return of(List.of(names));
	}

}
