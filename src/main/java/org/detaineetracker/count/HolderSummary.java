package org.detaineetracker.count;

import java.time.LocalDate;

public record HolderSummary(String slug, String name, String shortName, long figures, long facilities,
		LocalDate latestAsOf) {

	public String label() {
		return shortName != null ? shortName : name;
	}

}
