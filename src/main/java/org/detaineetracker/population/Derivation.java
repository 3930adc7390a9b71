package org.detaineetracker.population;

import java.util.List;

/** How a number was reached, in date order, so a page can show it and link each item to its record. */
public record Derivation(List<Step> steps, Range result) {

	public Derivation {
		steps = List.copyOf(steps);
	}

	/** The arithmetic lines, one per step that has one. */
	public List<String> lines() {
		return steps.stream().map(Step::arithmetic).filter(line -> line != null && !line.isEmpty()).toList();
	}

}
