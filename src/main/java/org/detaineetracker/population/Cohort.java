package org.detaineetracker.population;

import java.util.Objects;

/**
 * Who is counted. A sub-cohort is part of its parent: high-value ISIS detainees are ISIS detainees,
 * so moving them lowers both counts, and a figure for them is a lower bound for the parent.
 */
public record Cohort(long id, String name, Long parentId) {

	public Cohort {
		Objects.requireNonNull(name, "name");
	}

}
