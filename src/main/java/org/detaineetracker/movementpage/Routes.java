package org.detaineetracker.movementpage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.movement.Movement;
import org.detaineetracker.movement.Tally;

/**
 * Movements grouped by route (country of the sites they leave, country they arrive in) and cohort,
 * read the way their sources meant them: batches add up; a running total (cumulative) replaces the
 * earlier ones, so only the latest is taken, never added to the batches or to other running totals.
 */
public final class Routes {

	private Routes() {
	}

	/**
	 * @param batchSum what the batches add up to, or null when there are none
	 * @param latestTotal the most recent running total, or null when there is none
	 */
	public record Route(String fromCountry, String toCountry, String cohort, List<Movement> movements,
			Bounds batchSum, Movement latestTotal) {
	}

	/** Oldest first by when they ended (or started), unknown dates first. */
	static final Comparator<Movement> BY_DATE = Comparator
		.comparing((Movement m) -> m.getEnded() != null ? m.getEnded() : m.getStarted(),
				Comparator.nullsFirst(Comparator.naturalOrder()))
		.thenComparing(Movement::getId);

	public static List<Route> of(List<Movement> movements) {
		Map<String, List<Movement>> byRoute = new LinkedHashMap<>();
		for (Movement m : movements) {
			String to = m.getTo() == null ? "" : m.getTo().getCountryCode();
			byRoute.computeIfAbsent(m.getFrom().getCountryCode() + ">" + to + ">" + m.getCohort().getName(),
					k -> new ArrayList<>()).add(m);
		}
		List<Route> routes = new ArrayList<>();
		byRoute.values().forEach(list -> {
			List<Movement> sorted = list.stream().sorted(BY_DATE).toList();
			Movement first = sorted.get(0);
			routes.add(new Route(first.getFrom().getCountryCode(), first.getTo() == null ? null : first.getTo().getCountryCode(),
					first.getCohort().getName(), sorted, batchSum(sorted), latestTotal(sorted)));
		});
		routes.sort(Comparator.comparing(Route::fromCountry)
			.thenComparing(r -> r.toCountry() == null ? "" : r.toCountry())
			.thenComparing(Route::cohort));
		return routes;
	}

	static Bounds batchSum(List<Movement> movements) {
		List<Bounds> batches = movements.stream()
			.filter(m -> m.getTally() == Tally.BATCH)
			.map(m -> m.getFigure().getBounds())
			.toList();
		if (batches.isEmpty()) {
			return null;
		}
		long lower = 0;
		Long upper = 0L;
		for (Bounds b : batches) {
			lower += b.lower();
			upper = upper == null || b.upper() == null ? null : upper + b.upper();
		}
		return new Bounds((int) Math.min(Integer.MAX_VALUE, lower), upper == null ? null : (int) Math.min(Integer.MAX_VALUE, upper));
	}

	static Movement latestTotal(List<Movement> movements) {
		Movement latest = null;
		for (Movement m : movements) {
			if (m.getTally() == Tally.CUMULATIVE) {
				latest = m;
			}
		}
		return latest;
	}

	/** When a movement is dated, for ordering: its end, else its start. */
	static PartialDate date(Movement m) {
		return m.getEnded() != null ? m.getEnded() : m.getStarted();
	}

}
