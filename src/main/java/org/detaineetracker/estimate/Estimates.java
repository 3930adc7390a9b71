package org.detaineetracker.estimate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.detaineetracker.kernel.Bounds;

/**
 * How the figures for one facility (or group) and one cohort are read together. The rules, shown to
 * users on the help page "How figures are read":
 * <ol>
 * <li>Each figure allows the whole numbers its qualifier gives ({@code Qualifier.bounds}). An
 * approximate figure ("about 6,000") is widened by {@value #APPROXIMATE_TOLERANCE_PERCENT} % each way
 * (5,400 to 6,600) before it is compared with others.</li>
 * <li>An estimate at a date reads the reports whose as-of date lies in the {@value #WINDOW_DAYS} days
 * up to the latest as-of date on or before it. A date given only to a month or a year covers that
 * whole period: "January 2026" lies in the window of "21 January 2026", and "2025" in that of
 * "20 November 2025".</li>
 * <li>Where every report in the window allows some common numbers, the estimate is that common range.
 * Where two reports cannot both be right, it is a conflict that names them.</li>
 * <li>A source that repeats another is not independent confirmation: reports count towards the
 * number of independent sources by the root of their source's cites chain.</li>
 * </ol>
 * Pure functions of their arguments, so they can be tested on constructed cases.
 */
public final class Estimates {

	/** How far back from the latest report a window reaches. */
	public static final int WINDOW_DAYS = 31;

	/** How much an approximate figure is widened each way before it is compared with others. */
	public static final int APPROXIMATE_TOLERANCE_PERCENT = 10;

	/** How many disagreeing pairs an estimate names; it counts them all. */
	public static final int NAMED_DISAGREEMENTS = 10;

	private static final Comparator<Report> OLDEST_FIRST = Comparator.comparing(Report::starts)
		.thenComparing(Report::ends)
		.thenComparingLong(Report::id);

	private Estimates() {
	}

	/**
	 * The bounds a report is read with: its own, or for an approximate figure widened by the
	 * tolerance (rounded outwards to whole people).
	 */
	public static Bounds readingBounds(Report report) {
		Bounds bounds = report.bounds();
		if (!report.approximate()) {
			return bounds;
		}
		long lower = (long) bounds.lower() * (100 - APPROXIMATE_TOLERANCE_PERCENT) / 100;
		Integer upper = bounds.upper() == null ? null
				: (int) Math.min(Integer.MAX_VALUE,
						((long) bounds.upper() * (100 + APPROXIMATE_TOLERANCE_PERCENT) + 99) / 100);
		return new Bounds((int) lower, upper);
	}

	/** The estimate from the latest reports, or empty when there are none. */
	public static Optional<Estimate> latest(Collection<Report> reports) {
		return at(null, reports);
	}

	/**
	 * The estimate at {@code date} (inclusive; null for "latest"): from the reports whose as-of
	 * period has begun by then, those whose period reaches into the {@value #WINDOW_DAYS} days before
	 * the latest beginning among them.
	 */
	public static Optional<Estimate> at(LocalDate date, Collection<Report> reports) {
		List<Report> begun = reports.stream().filter(r -> date == null || !r.starts().isAfter(date)).toList();
		if (begun.isEmpty()) {
			return Optional.empty();
		}
		LocalDate anchor = begun.stream().map(Report::starts).max(Comparator.naturalOrder()).orElseThrow();
		LocalDate reach = anchor.minusDays(WINDOW_DAYS);
		List<Report> window = begun.stream().filter(r -> !r.ends().isBefore(reach)).sorted(OLDEST_FIRST).toList();
		LocalDate windowStart = window.get(0).starts();
		LocalDate windowEnd = window.stream().map(Report::ends).max(Comparator.naturalOrder()).orElseThrow();
		return Optional.of(of(window, windowStart, windowEnd));
	}

	/**
	 * One estimate per stretch of reporting, oldest first: the estimate at the beginning of each
	 * report's as-of period, leaving out those whose reports all reappear in the next one's window.
	 */
	public static List<Estimate> timeline(Collection<Report> reports) {
		List<LocalDate> anchors = reports.stream().map(Report::starts).distinct().sorted().toList();
		List<Estimate> estimates = new ArrayList<>();
		for (LocalDate anchor : anchors) {
			Estimate estimate = at(anchor, reports).orElseThrow();
			if (!estimates.isEmpty()) {
				Estimate previous = estimates.get(estimates.size() - 1);
				if (ids(estimate).containsAll(ids(previous))) {
					estimates.remove(estimates.size() - 1);
				}
			}
			estimates.add(estimate);
		}
		return estimates;
	}

	/**
	 * What a group's sites add up to: the sum of their estimates' spans (a conflicting site adds its
	 * whole hull). Null upper when any site's figure has no upper limit; empty with no estimates.
	 */
	public static Optional<Bounds> sum(Collection<Estimate> estimates) {
		if (estimates.isEmpty()) {
			return Optional.empty();
		}
		long lower = 0;
		Long upper = 0L;
		for (Estimate estimate : estimates) {
			Bounds span = estimate.span();
			lower += span.lower();
			upper = upper == null || span.upper() == null ? null : upper + span.upper();
		}
		return Optional.of(new Bounds(clamp(lower), upper == null ? null : clamp(upper)));
	}

	static Estimate of(List<Report> window, LocalDate windowStart, LocalDate windowEnd) {
		int lower = 0;
		Integer upper = null;
		int hullLower = Integer.MAX_VALUE;
		Integer hullUpper = 0;
		boolean approximate = false;
		for (Report report : window) {
			Bounds read = readingBounds(report);
			lower = Math.max(lower, read.lower());
			if (read.upper() != null) {
				upper = upper == null ? read.upper() : Integer.valueOf(Math.min(upper, read.upper()));
			}
			hullLower = Math.min(hullLower, read.lower());
			if (hullUpper != null) {
				hullUpper = read.upper() == null ? null : Integer.valueOf(Math.max(hullUpper, read.upper()));
			}
			approximate |= report.approximate();
		}
		Bounds range = noCommonNumber(upper, lower) ? null : new Bounds(lower, upper);
		List<Estimate.Disagreement> named = new ArrayList<>();
		long count = 0;
		if (range == null) {
			// Pairs (a, b) where a allows only numbers below b's lowest. Counted in n log n (a window
			// can hold many reports); the pairs named are those furthest apart.
			List<Report> byUpper = window.stream()
				.filter(r -> readingBounds(r).upper() != null)
				.sorted(Comparator.comparing((Report r) -> readingBounds(r).upper()))
				.toList();
			List<Report> byLowerDescending = window.stream()
				.sorted(Comparator.comparing((Report r) -> readingBounds(r).lower()).reversed())
				.toList();
			int[] uppers = byUpper.stream().mapToInt(r -> readingBounds(r).upper()).toArray();
			for (Report b : byLowerDescending) {
				int below = lowerThan(uppers, readingBounds(b).lower());
				count += below;
				for (int i = 0; i < below && named.size() < NAMED_DISAGREEMENTS; i++) {
					named.add(new Estimate.Disagreement(byUpper.get(i), b));
				}
			}
		}
		int independent = (int) window.stream().mapToLong(Report::independentSource).distinct().count();
		return new Estimate(windowStart, windowEnd, window, range, new Bounds(hullLower, hullUpper),
				List.copyOf(named), independent, approximate, window.size(), count);
	}

	/**
	 * An estimate from what the database added up over a window (EstimateSnapshots): the same
	 * reading of bounds, without the reports themselves.
	 */
	static Estimate summary(LocalDate windowStart, LocalDate windowEnd, int reports, int independentSources,
			boolean approximate, int maxLower, Integer minUpper, int hullLower, Integer hullUpper) {
		Bounds range = noCommonNumber(minUpper, maxLower) ? null : new Bounds(maxLower, minUpper);
		return new Estimate(windowStart, windowEnd, List.of(), range, new Bounds(hullLower, hullUpper), List.of(),
				independentSources, approximate, reports, range == null ? 1 : 0);
	}

	/** True when the lowest upper bound is below the highest lower bound: no number fits every report. */
	private static boolean noCommonNumber(Integer minUpper, int maxLower) {
		return minUpper != null && minUpper < maxLower;
	}

	/** How many of the sorted values are below {@code limit}. */
	private static int lowerThan(int[] sorted, int limit) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] < limit) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	private static Set<Long> ids(Estimate estimate) {
		Set<Long> ids = new HashSet<>();
		estimate.reports().forEach(r -> ids.add(r.id()));
		return ids;
	}

	private static int clamp(long value) {
		return (int) Math.min(Integer.MAX_VALUE, value);
	}

}
