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
import org.detaineetracker.population.PopulationHistory;
import org.detaineetracker.population.RouteFigure;

/**
 * {@code /movements}: every movement by route, and each route's reconciliation as a figure: how many
 * left by the reports, how many the receiving side reports, the gap with its bounds, and what is
 * planned or under way (never counted as moved). Three statements while the estimates and the
 * population's whole picture are current: the movements, the estimate snapshot's data version and
 * the population's.
 */
@Controller
class MovementsController {

	static final int MOVEMENT_LIMIT = 200;

	private final EstimateSnapshots snapshots;

	private final MovementQueries movements;

	private final PopulationHistory population;

	MovementsController(EstimateSnapshots snapshots, MovementQueries movements, PopulationHistory population) {
		this.snapshots = snapshots;
		this.movements = movements;
		this.population = population;
	}

	/**
	 * A route beside what the latest reports at the receiving country's sites add up to for the
	 * cohort, and its reconciliation by the population model (null when none of its movements is
	 * known to the model).
	 */
	record RouteView(Routes.Route route, List<Total> arrivals, RouteBars figure) {
	}

	@GetMapping("/movements")
	@Transactional(readOnly = true)
	String movements(KnownOn knownOn, Model model) {
		var all = movements.allKnown(knownOn, MOVEMENT_LIMIT);
		Snapshot snapshot = snapshots.at(knownOn);
		List<RouteFigure> figures = population.routes(knownOn);
		model.addAttribute("routes", Routes.of(all)
			.stream()
			.map(route -> new RouteView(route, snapshot.byCountry()
				.stream()
				.filter(t -> t.key().equals(route.toCountry()) && t.cohortName().equals(route.cohort()))
				.toList(), figures.stream()
					.filter(f -> f.fromCountry().equals(route.fromCountry())
							&& java.util.Objects.equals(f.toCountry(), route.toCountry()) && f.cohort().equals(route.cohort()))
					.findFirst()
					.map(RouteBars::of)
					.orElse(null)))
			.toList());
		model.addAttribute("limited", all.size() == MOVEMENT_LIMIT);
		model.addAttribute("limit", MOVEMENT_LIMIT);
		return "movements/list";
	}

}
