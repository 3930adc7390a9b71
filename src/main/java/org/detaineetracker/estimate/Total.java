package org.detaineetracker.estimate;

import org.detaineetracker.kernel.Bounds;

/**
 * What the facilities of one custody holder or one country hold of one cohort, as a range.
 *
 * @param key the holder's slug or the country code
 * @param bounds the sum of the estimates (a conflict adds its whole spread); null upper: no upper limit
 * @param facilities how many facilities or groups contribute
 * @param conflicts how many of those contributions are conflicts
 */
public record Total(String key, String label, String cohortName, Bounds bounds, int facilities, int conflicts) {
}
