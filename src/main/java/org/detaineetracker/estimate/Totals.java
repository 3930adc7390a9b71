package org.detaineetracker.estimate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.detaineetracker.kernel.Bounds;

/**
 * Adds estimates up by custody holder or by country without counting anyone twice: where a group
 * has an estimate of its own for a cohort, that estimate stands for the whole group and its sites'
 * estimates for that cohort are left out; where it has none, its sites' estimates are added. A
 * conflict adds its whole spread, and the total says how many conflicts it includes.
 */
public final class Totals {

	private Totals() {
	}

	/** The estimates that are added: those no group of theirs already covers for the same cohort. */
	public static List<Placed> counted(Collection<Placed> estimates) {
		Set<String> withOwn = new HashSet<>();
		estimates.forEach(p -> withOwn.add(p.facilityId() + "/" + p.cohortId()));
		return estimates.stream()
			.filter(p -> p.parentId() == null || !withOwn.contains(p.parentId() + "/" + p.cohortId()))
			.toList();
	}

	public static List<Total> byHolder(Collection<Placed> estimates) {
		return by(estimates, p -> p.holderSlug() == null ? "" : p.holderSlug(), Placed::holderName);
	}

	public static List<Total> byCountry(Collection<Placed> estimates, Function<String, String> countryName) {
		return by(estimates, Placed::countryCode, p -> countryName.apply(p.countryCode()));
	}

	private static List<Total> by(Collection<Placed> estimates, Function<Placed, String> key,
			Function<Placed, String> label) {
		Map<String, List<Placed>> groups = new LinkedHashMap<>();
		for (Placed placed : counted(estimates)) {
			groups.computeIfAbsent(key.apply(placed) + "\u0000" + placed.cohortName(), k -> new ArrayList<>()).add(placed);
		}
		List<Total> totals = new ArrayList<>();
		groups.forEach((k, list) -> {
			Bounds sum = Estimates.sum(list.stream().map(Placed::estimate).toList()).orElseThrow();
			int conflicts = (int) list.stream().filter(p -> p.estimate().isConflict()).count();
			Placed first = list.get(0);
			String name = label.apply(first);
			totals.add(new Total(key.apply(first), name == null ? "" : name, first.cohortName(), sum, list.size(),
					conflicts));
		});
		totals.sort(Comparator.comparing(Total::label).thenComparing(Total::cohortName));
		return totals;
	}

}
