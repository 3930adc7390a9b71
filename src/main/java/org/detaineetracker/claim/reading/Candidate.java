package org.detaineetracker.claim.reading;

import java.util.List;
import java.util.Objects;

import org.detaineetracker.kernel.Qualifier;

/**
 * A figure the finder proposes to an editor, with everything it read around it. Every hint may be
 * null; {@link #reasons()} says in words where each one came from, or why the figure is unlikely.
 *
 * @param value the figure, or the lower end of a range
 * @param valueHigh the upper end of a {@link Qualifier#RANGE}, otherwise null
 * @param cohortSlug one of the seeded cohort slugs, or null
 * @param cohortWords the words that suggested the cohort ("high-value")
 * @param facilitySlug the facility whose name or alias is nearest in the same sentence or paragraph
 * @param facilityWords that name as the text spells it ("al-Hawl")
 * @param speaker who the figure is attributed to ("the senior intelligence official")
 * @param dateHint a date in the same sentence or paragraph, as written ("late October")
 * @param start where the figure's passage (qualifier and number: "nearly 6,000") starts in the readable text
 * @param end where it ends, exclusive
 * @param likely false for numbers that look like something other than people held or moved
 */
public record Candidate(int value, Qualifier qualifier, Integer valueHigh, ClaimKind kind, String cohortSlug,
		String cohortWords, String facilitySlug, String facilityWords, String speaker, String dateHint, int start,
		int end, boolean likely, List<String> reasons) {

	public Candidate {
		Objects.requireNonNull(qualifier, "qualifier");
		Objects.requireNonNull(kind, "kind");
		reasons = List.copyOf(reasons);
	}

}
