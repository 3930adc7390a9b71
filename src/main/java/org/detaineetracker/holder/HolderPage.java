package org.detaineetracker.holder;

import java.time.LocalDate;
import java.util.List;

import org.detaineetracker.custody.HolderKind;
import org.detaineetracker.estimate.Placed;
import org.detaineetracker.estimate.Total;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.movement.Movement;

/**
 * A custody holder's page: the facilities it held over time, what the latest reports naming it add
 * up to per cohort, the estimates behind those totals, and the movements it ran or that touched its
 * facilities.
 */
record HolderPage(Holder holder, List<Held> held, List<Total> totals, List<Placed> estimates, List<Movement> movements) {

	record Holder(String slug, String name, String shortName, HolderKind kind, String countryCode) {
	}

	record Held(String facilitySlug, String facilityName, String countryCode, LocalDate startedOn,
			DatePrecision startedPrecision, LocalDate endedOn, DatePrecision endedPrecision, long sourceId,
			String sourceOutlet) {

		public PartialDate started() {
			return PartialDate.ofNullable(startedOn, startedPrecision);
		}

		public PartialDate ended() {
			return PartialDate.ofNullable(endedOn, endedPrecision);
		}

	}

}
