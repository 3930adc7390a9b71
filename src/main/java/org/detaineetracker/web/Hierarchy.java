package org.detaineetracker.web;

import java.util.Collection;
import java.util.function.LongFunction;

import org.springframework.validation.Errors;

/**
 * Records that point at another of their kind (a facility's group, a cohort's broader cohort, the
 * source a source repeats) must never point at themselves, directly or round a loop.
 */
public final class Hierarchy {

	private Hierarchy() {
	}

	/**
	 * @param edited the record being edited; null for a new one, which nothing can point at yet
	 * @param chosen the record it is to point at, or null
	 * @param chainFromChosen ids of the chosen record and every record above it
	 */
	public static void noLoop(Errors errors, String field, Long edited, Long chosen,
			LongFunction<Collection<Long>> chainFromChosen) {
		if (edited == null || chosen == null || errors.hasFieldErrors(field)) {
			return;
		}
		if (edited.equals(chosen)) {
			errors.rejectValue(field, "form.hierarchy.self");
		}
		else if (chainFromChosen.apply(chosen).contains(edited)) {
			errors.rejectValue(field, "form.hierarchy.loop");
		}
	}

}
