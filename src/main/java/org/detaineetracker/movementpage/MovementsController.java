package org.detaineetracker.movementpage;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.detaineetracker.estimate.EstimateSnapshots;
import org.detaineetracker.estimate.Snapshot;
import org.detaineetracker.estimate.Total;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.movement.MovementQueries;

/** {@code /movements}: every movement by route, beside what the receiving country's sites report. */
@Controller
class MovementsController {

	static final int MOVEMENT_LIMIT = 200;

	private final EstimateSnapshots snapshots;

	private final MovementQueries movements;

	MovementsController(EstimateSnapshots snapshots, MovementQueries movements) {
		this.snapshots = snapshots;
		this.movements = movements;
	}

	/** A route beside what the latest reports at the receiving country's sites add up to for the cohort. */
	record RouteView(Routes.Route route, List<Total> arrivals) {
	}

	@GetMapping("/movements")
	@Transactional(readOnly = true)
	String movements(KnownOn knownOn, Model model) {
		var all = movements.allKnown(knownOn, MOVEMENT_LIMIT);
		Snapshot snapshot = snapshots.at(knownOn);
		model.addAttribute("routes", Routes.of(all)
			.stream()
			.map(route -> new RouteView(route, snapshot.byCountry()
				.stream()
				.filter(t -> t.key().equals(route.toCountry()) && t.cohortName().equals(route.cohort()))
				.toList()))
			.toList());
		model.addAttribute("limited", all.size() == MOVEMENT_LIMIT);
		model.addAttribute("limit", MOVEMENT_LIMIT);
		return "movements/list";
	}

}
