package org.detaineetracker.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.detaineetracker.kernel.Bounds;
import org.detaineetracker.kernel.DatePrecision;
import org.detaineetracker.kernel.PartialDate;
import org.detaineetracker.kernel.Qualifier;

class EstimatesTest {

	private static long ids = 0;

	static Report report(Qualifier qualifier, int value, String asOf, DatePrecision precision, long source) {
		return new Report(++ids, qualifier.bounds(value, qualifier == Qualifier.RANGE ? value * 2 : null),
				qualifier.isApproximate(), new PartialDate(LocalDate.parse(asOf), precision), source);
	}

	static Report exact(int value, String day, long source) {
		return report(Qualifier.EXACT, value, day, DatePrecision.DAY, source);
	}

	/** The seed figures for SDF-run facilities and ISIS detainees; sources by the root of their cites chain. */
	@Nested
	class SeedGroup {

		static final long CENTCOM = 1, POLITICO = 2, FOX = 5, UNNAMED_2026 = 7;

		final Report over8000 = report(Qualifier.OVER, 8000, "2024-12-01", DatePrecision.MONTH, CENTCOM);

		final Report politico9000 = report(Qualifier.EXACT, 9000, "2024-12-01", DatePrecision.MONTH, POLITICO);

		final Report foxNearly6000 = report(Qualifier.NEARLY, 6000, "2026-01-01", DatePrecision.MONTH, FOX);

		final Report foxAbout6000 = report(Qualifier.APPROXIMATE, 6000, "2026-01-01", DatePrecision.MONTH, FOX);

		final Report trendingNearly6000 = report(Qualifier.NEARLY, 6000, "2026-01-01", DatePrecision.MONTH, FOX);

		final Report trendingAbout6000 = report(Qualifier.APPROXIMATE, 6000, "2026-01-01", DatePrecision.MONTH, FOX);

		final Report airlift7000 = exact(7000, "2026-01-21", UNNAMED_2026);

		final List<Report> all = List.of(over8000, politico9000, foxNearly6000, foxAbout6000, trendingNearly6000,
				trendingAbout6000, airlift7000);

		@Test
		void december2024IsConsistentAtNineThousandFromTwoIndependentSources() {
			Estimate december = Estimates.at(LocalDate.parse("2024-12-31"), all).orElseThrow();
			assertThat(december.isConflict()).isFalse();
			assertThat(december.range()).isEqualTo(new Bounds(9000, 9000));
			assertThat(december.independentSources()).isEqualTo(2);
			assertThat(december.reports()).containsExactly(over8000, politico9000);
		}

		@Test
		void januaryFebruary2026IsAConflictNamingTheReportsThatDisagree() {
			Estimate latest = Estimates.latest(all).orElseThrow();
			assertThat(latest.isConflict()).isTrue();
			assertThat(latest.range()).isNull();
			assertThat(latest.reports()).containsExactlyInAnyOrder(foxNearly6000, foxAbout6000, trendingNearly6000,
					trendingAbout6000, airlift7000);
			assertThat(latest.disagreements()).allSatisfy(d -> assertThat(d.higher()).isEqualTo(airlift7000));
			assertThat(latest.disagreements()).extracting(Estimate.Disagreement::lower)
				.containsExactlyInAnyOrder(foxNearly6000, foxAbout6000, trendingNearly6000, trendingAbout6000);
			assertThat(latest.disagreeingReportIds()).hasSize(5);
			// Trending Politics repeats Fox News: Fox and the unnamed outlet are the only independent sources.
			assertThat(latest.independentSources()).isEqualTo(2);
			assertThat(latest.hull()).isEqualTo(new Bounds(5400, 7000));
			assertThat(latest.span()).isEqualTo(latest.hull());
		}

		@Test
		void theTimelineHasOneEstimatePerStretchOfReporting() {
			List<Estimate> timeline = Estimates.timeline(all);
			assertThat(timeline).hasSize(2);
			assertThat(timeline.get(0).range()).isEqualTo(new Bounds(9000, 9000));
			assertThat(timeline.get(0).windowStart()).isEqualTo("2024-12-01");
			assertThat(timeline.get(0).windowEnd()).isEqualTo("2024-12-31");
			assertThat(timeline.get(1).isConflict()).isTrue();
		}

		@Test
		void beforeTheAirliftReportTheFoxFiguresAgreeWithEachOther() {
			List<Report> withoutAirlift = List.of(foxNearly6000, foxAbout6000, trendingNearly6000, trendingAbout6000);
			Estimate estimate = Estimates.latest(withoutAirlift).orElseThrow();
			assertThat(estimate.range()).isEqualTo(new Bounds(5400, 5999));
			assertThat(estimate.approximate()).isTrue();
			assertThat(estimate.independentSources()).isEqualTo(1);
		}

	}

	@Test
	void approximateFiguresAreWidenedByTheTolerance() {
		Report about1000 = report(Qualifier.APPROXIMATE, 1000, "2025-03-01", DatePrecision.DAY, 1);
		assertThat(Estimates.readingBounds(about1000)).isEqualTo(new Bounds(900, 1100));
		assertThat(Estimates.readingBounds(exact(1000, "2025-03-01", 1))).isEqualTo(new Bounds(1000, 1000));
		assertThat(Estimates.readingBounds(report(Qualifier.APPROXIMATE, 7, "2025-03-01", DatePrecision.DAY, 1)))
			.as("rounded outwards").isEqualTo(new Bounds(6, 8));

		assertThat(Estimates.latest(List.of(about1000, exact(1080, "2025-03-05", 2))).orElseThrow().range())
			.isEqualTo(new Bounds(1080, 1080));
		assertThat(Estimates.latest(List.of(about1000, exact(1101, "2025-03-05", 2))).orElseThrow().isConflict())
			.isTrue();
	}

	@Test
	void aSourceRepeatingAnotherIsNotIndependentConfirmation() {
		long politico = 2;
		Report original = exact(9000, "2024-12-10", politico);
		Report repetition = exact(9000, "2024-12-11", politico);
		Report other = report(Qualifier.OVER, 8000, "2024-12-12", DatePrecision.DAY, 1);
		assertThat(Estimates.latest(List.of(original, repetition)).orElseThrow().independentSources()).isEqualTo(1);
		assertThat(Estimates.latest(List.of(original, repetition, other)).orElseThrow().independentSources())
			.isEqualTo(2);
	}

	@Test
	void theWindowReachesThirtyOneDaysBackFromTheLatestReport() {
		Report old = exact(500, "2025-01-01", 1);
		Report recent = exact(900, "2025-03-01", 2);
		Estimate latest = Estimates.latest(List.of(old, recent)).orElseThrow();
		assertThat(latest.reports()).containsExactly(recent);
		assertThat(latest.range()).isEqualTo(new Bounds(900, 900));
		assertThat(latest.windowStart()).isEqualTo("2025-03-01");

		Report withinWindow = exact(500, "2025-02-01", 1);
		assertThat(Estimates.latest(List.of(withinWindow, recent)).orElseThrow().isConflict()).isTrue();
	}

	@Test
	void aMonthOrYearDateCoversItsWholePeriod() {
		Report january = report(Qualifier.NEARLY, 6000, "2026-01-01", DatePrecision.MONTH, 1);
		Report midFebruary = exact(5500, "2026-02-15", 2);
		Estimate estimate = Estimates.latest(List.of(january, midFebruary)).orElseThrow();
		assertThat(estimate.reports()).containsExactly(january, midFebruary);
		assertThat(estimate.windowStart()).as("from the start of January").isEqualTo("2026-01-01");
		assertThat(estimate.range()).isEqualTo(new Bounds(5500, 5500));

		Report year2025 = report(Qualifier.AT_LEAST, 100, "2025-01-01", DatePrecision.YEAR, 3);
		Report november2025 = exact(150, "2025-11-20", 4);
		assertThat(Estimates.latest(List.of(year2025, november2025)).orElseThrow().reports()).hasSize(2);
	}

	@Test
	void anEstimateAtADateIgnoresLaterReports() {
		Report before = exact(100, "2025-01-10", 1);
		Report after = exact(300, "2025-01-20", 2);
		assertThat(Estimates.at(LocalDate.parse("2025-01-15"), List.of(before, after)).orElseThrow().range())
			.isEqualTo(new Bounds(100, 100));
		assertThat(Estimates.at(LocalDate.parse("2025-01-05"), List.of(before, after))).isEmpty();
		assertThat(Estimates.latest(List.of())).isEmpty();
	}

	@Test
	void openEndedFiguresNarrowEachOther() {
		Report over = report(Qualifier.OVER, 8000, "2025-05-01", DatePrecision.DAY, 1);
		Report upTo = report(Qualifier.UP_TO, 10000, "2025-05-02", DatePrecision.DAY, 2);
		Report range = new Report(++ids, Qualifier.RANGE.bounds(7000, 9000), false,
				new PartialDate(LocalDate.parse("2025-05-03"), DatePrecision.DAY), 3);
		Estimate estimate = Estimates.latest(List.of(over, upTo, range)).orElseThrow();
		assertThat(estimate.range()).isEqualTo(new Bounds(8001, 9000));
		assertThat(estimate.hull()).isEqualTo(new Bounds(0, null));
		assertThat(Estimates.latest(List.of(over)).orElseThrow().range()).isEqualTo(new Bounds(8001, null));
	}

	@Test
	void aGroupsSitesAddUpWithoutCountingAnythingTwice() {
		Estimate panorama = Estimates.latest(List.of(report(Qualifier.OVER, 4500, "2026-01-21", DatePrecision.DAY, 7)))
			.orElseThrow();
		Estimate other = Estimates.latest(List.of(exact(1000, "2026-01-10", 8), exact(1200, "2026-01-11", 9)))
			.orElseThrow();
		assertThat(other.isConflict()).isTrue();
		Estimate bounded = Estimates.latest(List.of(exact(300, "2026-01-10", 8))).orElseThrow();

		assertThat(Estimates.sum(List.of(bounded, other))).contains(new Bounds(1300, 1500));
		assertThat(Estimates.sum(List.of(panorama, bounded))).contains(new Bounds(4801, null));
		assertThat(Estimates.sum(List.of())).isEmpty();
	}

}
