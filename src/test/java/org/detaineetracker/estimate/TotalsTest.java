package org.detaineetracker.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.kernel.Qualifier;

class TotalsTest {

	static final long GROUP = 1, SITE_A = 2, SITE_B = 3, OTHER = 4, ISIS = 10, FAMILIES = 11;

	static Placed placed(long facility, Long parent, String country, long cohort, String holder, Estimate estimate) {
		return new Placed(facility, "f" + facility, "Facility " + facility, parent, country, cohort, "c" + cohort,
				"Cohort " + cohort, holder, holder == null ? null : holder.toUpperCase(), estimate);
	}

	static Estimate estimate(int... exactValues) {
		List<Report> reports = new java.util.ArrayList<>();
		long id = 100;
		for (int value : exactValues) {
			reports.add(new Report(id++, Qualifier.EXACT.bounds(value), false,
					new PartialDate(LocalDate.parse("2025-06-01"), DatePrecision.DAY), id));
		}
		return Estimates.latest(reports).orElseThrow();
	}

	@Test
	void aGroupsOwnEstimateStandsForItsSitesSoNoOneIsCountedTwice() {
		List<Placed> estimates = List.of(placed(GROUP, null, "SY", ISIS, "sdf", estimate(9000)),
				placed(SITE_A, GROUP, "SY", ISIS, "sdf", estimate(4500)),
				placed(SITE_B, GROUP, "SY", FAMILIES, "sdf", estimate(300)),
				placed(OTHER, null, "SY", ISIS, "sdf", estimate(100)));
		assertThat(Totals.counted(estimates)).extracting(Placed::facilityId).containsExactly(GROUP, SITE_B, OTHER);
		assertThat(Totals.byHolder(estimates)).containsExactly(
				new Total("sdf", "SDF", "Cohort 10", new Bounds(9100, 9100), 2, 0),
				new Total("sdf", "SDF", "Cohort 11", new Bounds(300, 300), 1, 0));
	}

	@Test
	void aConflictAddsItsWholeSpreadAndIsCounted() {
		List<Placed> estimates = List.of(placed(SITE_A, GROUP, "SY", ISIS, "sdf", estimate(6000, 7000)),
				placed(SITE_B, GROUP, "IQ", ISIS, "iraq", estimate(500)));
		assertThat(Totals.byCountry(estimates, code -> code.equals("SY") ? "Syria" : "Iraq")).containsExactly(
				new Total("IQ", "Iraq", "Cohort 10", new Bounds(500, 500), 1, 0),
				new Total("SY", "Syria", "Cohort 10", new Bounds(6000, 7000), 1, 1));
	}

}
