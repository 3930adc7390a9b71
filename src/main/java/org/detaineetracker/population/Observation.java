package org.detaineetracker.population;

import java.util.Objects;

/**
 * A reported count: how many people of one cohort one site (or group) held as of a date, according
 * to one source.
 *
 * @param bounds the whole numbers the figure allows, from its qualifier
 * @param approximate the source said "about": the figure is read widened by
 *     {@value Range#APPROXIMATE_TOLERANCE_PERCENT} % each way
 * @param sourceRoot the source at the root of the cites chain, so that a source repeating another is
 *     not counted as independent confirmation
 * @param words the figure as the source gave it: "over 4,500"
 * @param source who said it, for the derivation: "Fox News Digital"
 */
public record Observation(long id, long siteId, long cohortId, Period asOf, Range bounds, boolean approximate,
		long sourceRoot, String words, String source) {

	public Observation {
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(bounds, "bounds");
		Objects.requireNonNull(words, "words");
	}

	/** The bounds the figure is compared with others by. */
	public Range reading() {
		return approximate ? bounds.widenedAsApproximate() : bounds;
	}

}
