package org.detaineetracker.help;

import java.time.LocalDate;
import java.util.List;

import org.detaineetracker.population.Cohort;
import org.detaineetracker.population.Conflict;
import org.detaineetracker.population.CustodySpan;
import org.detaineetracker.population.Flow;
import org.detaineetracker.population.Holder;
import org.detaineetracker.population.MovementReconciliation;
import org.detaineetracker.population.MovementReport;
import org.detaineetracker.population.Movements;
import org.detaineetracker.population.Observation;
import org.detaineetracker.population.Period;
import org.detaineetracker.population.Population;
import org.detaineetracker.population.PopulationData;
import org.detaineetracker.population.PopulationModel;
import org.detaineetracker.population.Range;
import org.detaineetracker.population.Totals;

/**
 * The seed story as the help page tells it, worked out by the population model itself on the seed
 * records (migrations V10 to V15) written out here, so the page reads no data and its numbers are
 * the model's, not a copy that could drift. The tests of the model (population.SeedStoryTest) pin
 * the same numbers over the same records.
 */
final class SeedStory {

	static final LocalDate BEFORE = LocalDate.of(2025, 6, 1);

	static final LocalDate AFTER = LocalDate.of(2026, 3, 1);

	static final LocalDate BETWEEN = LocalDate.of(2026, 1, 25);

	static final long SDF = 1, DAMASCUS = 2, BAGHDAD_GOVERNMENT = 3, CENTCOM = 4;

	static final long ISIS = 1, OTHERS = 3, HIGH_VALUE = 4;

	static final long SDF_FACILITIES = 1, IRAQ_FACILITIES = 2, PANORAMA = 3, AL_HOL = 4, BAGHDAD = 5;

	/** Roots of the cites chains: the unnamed 2024 outlet repeats CENTCOM, the Daily Caller Politico, Trending Politics Fox. */
	static final long CENTCOM_SOURCE = 1, POLITICO = 2, FOX = 5, UNNAMED_2026 = 7;

	/** The numbers the page shows. */
	record Story(Range december2024, int december2024Sources, Range january2026, String januaryConflict,
			MovementReconciliation transfer, Range airlift, Range sdfNow, Range sdfShared, String sdfLine, Range iraqNow,
			Range baghdadNow, Range batch, Range othersShared, boolean iraqBefore, Range sdfBefore) {
	}

	static Story tell() {
		MovementReconciliation transfer = Movements.reconcile(List.of(
				new MovementReport(1, Range.nearly(6000), false, MovementReport.Tally.CUMULATIVE, FOX, "nearly 6,000",
						"Senior U.S. intelligence official, unnamed"),
				new MovementReport(2, Range.nearly(6000), false, MovementReport.Tally.CUMULATIVE, FOX, "nearly 6,000",
						"Senior U.S. official, unnamed, as told to Fox News")));
		Range airlift = Range.exactly(7000);
		PopulationModel model = PopulationModel.of(new PopulationData(
				List.of(new org.detaineetracker.population.Site(SDF_FACILITIES, "SDF-run detention facilities in northeast Syria", null, "SY"),
						new org.detaineetracker.population.Site(IRAQ_FACILITIES, "Iraqi facilities receiving detainees transferred from Syria", null, "IQ"),
						new org.detaineetracker.population.Site(PANORAMA, "Panorama prison", SDF_FACILITIES, "SY"),
						new org.detaineetracker.population.Site(AL_HOL, "al-Hol camp", SDF_FACILITIES, "SY"),
						new org.detaineetracker.population.Site(BAGHDAD, "Detention facility near Baghdad International Airport", IRAQ_FACILITIES, "IQ")),
				List.of(new Cohort(ISIS, "ISIS detainees", null),
						new Cohort(2, "ISIS-affiliated women and children", null),
						new Cohort(OTHERS, "Other detainees and camp residents", null),
						new Cohort(HIGH_VALUE, "High-value ISIS detainees", ISIS)),
				List.of(new Holder(SDF, "Syrian Democratic Forces", "SY"), new Holder(DAMASCUS, "Government of Syria", "SY"),
						new Holder(BAGHDAD_GOVERNMENT, "Government of Iraq", "IQ"),
						new Holder(CENTCOM, "U.S. Central Command", "US")),
				List.of(report(1, SDF_FACILITIES, ISIS, Period.month(2024, 12), Range.over(8000), false, CENTCOM_SOURCE,
						"over 8,000", "Gen. Michael Kurilla, CENTCOM commander"),
						report(2, SDF_FACILITIES, ISIS, Period.month(2024, 12), Range.exactly(9000), false, POLITICO, "9,000",
								"Politico, as reported by the Daily Caller News Foundation"),
						report(3, SDF_FACILITIES, OTHERS, Period.month(2024, 12), Range.exactly(50000), false, POLITICO,
								"50,000", "Politico, as reported by the Daily Caller News Foundation"),
						report(4, SDF_FACILITIES, ISIS, Period.month(2026, 1), Range.nearly(6000), false, FOX, "nearly 6,000",
								"Fox News Digital"),
						report(5, SDF_FACILITIES, ISIS, Period.month(2026, 1), Range.exactly(6000), true, FOX, "6,000 or so",
								"Senior U.S. intelligence official, unnamed"),
						report(6, SDF_FACILITIES, ISIS, Period.month(2026, 1), Range.nearly(6000), false, FOX, "nearly 6,000",
								"Trending Politics News, citing Fox News"),
						report(7, SDF_FACILITIES, ISIS, Period.month(2026, 1), Range.exactly(6000), true, FOX, "6,000 or so",
								"Senior U.S. official, unnamed, as told to Fox News"),
						report(8, SDF_FACILITIES, ISIS, Period.day("2026-01-21"), Range.exactly(7000), false, UNNAMED_2026,
								"7,000", "Unattributed report"),
						report(9, PANORAMA, ISIS, Period.day("2026-01-21"), Range.over(4500), false, UNNAMED_2026,
								"over 4,500", "Unattributed report")),
				List.of(new Flow(1, SDF_FACILITIES, IRAQ_FACILITIES, ISIS, Period.month(2026, 1), null, Flow.Status.UNDER_WAY,
						Flow.Kind.TRANSFER, airlift, "7,000"),
						new Flow(2, PANORAMA, IRAQ_FACILITIES, HIGH_VALUE, null, Period.day("2026-01-21"), Flow.Status.COMPLETED,
								Flow.Kind.TRANSFER, Range.exactly(150), "150"),
						new Flow(3, SDF_FACILITIES, BAGHDAD, ISIS, Period.month(2026, 1), Period.month(2026, 2),
								Flow.Status.COMPLETED, Flow.Kind.TRANSFER, transfer.span(), "nearly 6,000")),
				List.of(new CustodySpan(SDF_FACILITIES, SDF, null, null), new CustodySpan(PANORAMA, SDF, null, null),
						new CustodySpan(AL_HOL, SDF, null, LocalDate.of(2026, 2, 1)),
						new CustodySpan(AL_HOL, DAMASCUS, LocalDate.of(2026, 2, 1), null),
						new CustodySpan(IRAQ_FACILITIES, BAGHDAD_GOVERNMENT, null, null),
						new CustodySpan(BAGHDAD, BAGHDAD_GOVERNMENT, null, null))));

		Population december = model.at(SDF_FACILITIES, ISIS, BEFORE).orElseThrow();
		Population january = model.at(SDF_FACILITIES, ISIS, BETWEEN).orElseThrow();
		Population group = model.at(SDF_FACILITIES, ISIS, AFTER).orElseThrow();
		Totals<Long> holders = model.holderTotals(ISIS, AFTER);
		Totals<Long> others = model.holderTotals(OTHERS, AFTER);
		String line = group.derivation()
			.lines()
			.stream()
			.filter(l -> l.startsWith("7,000"))
			.reduce((first, second) -> second)
			.orElse("");
		return new Story(december.range(), december.independentSources(), january.range(),
				january.conflicts().stream().map(Conflict::words).filter(w -> w.startsWith("reported 7,000")).findFirst()
					.orElse(january.conflicts().isEmpty() ? "" : january.conflicts().get(0).words()),
				transfer, airlift, holders.of(SDF).orElseThrow().range(),
				holders.notAttributedSum(), line, holders.of(BAGHDAD_GOVERNMENT).orElseThrow().range(),
				model.at(BAGHDAD, ISIS, AFTER).orElseThrow().range(), Range.exactly(150), others.notAttributedSum(),
				model.holderTotals(ISIS, BEFORE).of(BAGHDAD_GOVERNMENT).isPresent(),
				model.holderTotals(ISIS, BEFORE).of(SDF).orElseThrow().range());
	}

	private static Observation report(long id, long site, long cohort, Period asOf, Range bounds, boolean approximate,
			long root, String words, String source) {
		return new Observation(id, site, cohort, asOf, bounds, approximate, root, words, source);
	}

	private SeedStory() {
	}

}
