package org.detaineetracker.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.count.CountWithRoot;
import org.detaineetracker.count.ReportedCountRepository;
import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.kernel.Qualifier;
import org.detaineetracker.test.TrackerTest;

/**
 * The database adds up the latest window of every facility for the summaries (so that a million
 * figures never cross the wire); it must read them exactly as {@link Estimates} does. Checked on
 * seeded random figures: qualifiers, month and year dates, approximate figures, sources that cite
 * others, retractions, and dates to view them on.
 */
@TrackerTest
@Transactional
class EstimateSnapshotsTest {

	@Autowired
	EstimateSnapshots snapshots;

	@Autowired
	ReportedCountRepository counts;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
	void theDatabaseReadsTheLatestWindowsExactlyAsEstimatesDoes(long seed) {
		Random random = new Random(seed);
		List<Long> sources = new ArrayList<>();
		for (int s = 0; s < 6; s++) {
			String precision = List.of("DAY", "MONTH", "YEAR").get(random.nextInt(3));
			Long cites = s > 0 && random.nextBoolean() ? sources.get(random.nextInt(sources.size())) : null;
			sources.add(jdbc.sql("""
					insert into source (outlet, title, kind, published_on, published_precision, cites_id)
					values ('Random outlet', :title, 'NEWS', :published, :precision, :cites) returning id""")
				.param("title", "Random " + seed + "/" + s)
				.param("published", precision.equals("DAY") ? LocalDate.of(2025, 1 + random.nextInt(12), 1 + random.nextInt(28))
						: precision.equals("MONTH") ? LocalDate.of(2025, 1 + random.nextInt(12), 1) : LocalDate.of(2025, 1, 1))
				.param("precision", precision)
				.param("cites", cites)
				.query(Long.class)
				.single());
		}
		List<Long> facilities = new ArrayList<>();
		for (int f = 0; f < 5; f++) {
			facilities.add(jdbc.sql("insert into facility (slug, name, kind, country_code) values (?, ?, 'PRISON', 'SY') returning id")
				.params("random-" + seed + "-" + f, "Random " + f)
				.query(Long.class)
				.single());
		}
		Qualifier[] qualifiers = Qualifier.values();
		for (int i = 0; i < 60; i++) {
			Qualifier q = qualifiers[random.nextInt(qualifiers.length)];
			int value = 500 + random.nextInt(1000);
			Integer high = q == Qualifier.RANGE ? value + random.nextInt(400) : null;
			var bounds = q.bounds(value, high);
			boolean month = random.nextInt(4) == 0;
			LocalDate asOf = LocalDate.of(2025, 1 + random.nextInt(6), month ? 1 : 1 + random.nextInt(28));
			boolean retracted = random.nextInt(10) == 0;
			jdbc.sql("""
					insert into reported_count (facility_id, cohort_id, value, qualifier, value_high, lower_bound, upper_bound,
					    as_of, as_of_precision, source_id, speaker, status, retraction_reason, retracted_at, recorded_by)
					select :facility, c.id, :value, :qualifier, :high, :lower, :upper, :asOf, :precision, :source, 'Random',
					    :status, :reason, :retractedAt, 'test'
					from cohort c where c.slug = :cohort""")
				.param("facility", facilities.get(random.nextInt(facilities.size())))
				.param("cohort", random.nextBoolean() ? "isis-detainees" : "other-detainees-and-residents")
				.param("value", value)
				.param("qualifier", q.name())
				.param("high", high)
				.param("lower", bounds.lower())
				.param("upper", bounds.upper())
				.param("asOf", asOf)
				.param("precision", month ? "MONTH" : "DAY")
				.param("source", sources.get(random.nextInt(sources.size())))
				.param("status", retracted ? "RETRACTED" : "ACTIVE")
				.param("reason", retracted ? "Random retraction" : null)
				.param("retractedAt", retracted ? java.sql.Timestamp.valueOf("2025-08-01 00:00:00") : null)
				.update();
		}
		for (KnownOn knownOn : List.of(KnownOn.now(), new KnownOn(LocalDate.of(2025, 7, 31)),
				new KnownOn(LocalDate.of(2025, 4, 15)))) {
			Snapshot snapshot = snapshots.at(knownOn);
			List<CountWithRoot> all = counts.findForFacilities(facilities, KnownOn.now());
			Map<String, List<Report>> expected = all.stream()
				.filter(c -> c.count().countsOn(knownOn))
				.collect(Collectors.groupingBy(c -> c.count().getFacility().getId() + "/" + c.count().getCohort().getId(),
						Collectors.mapping(Report::of, Collectors.toList())));
			List<Placed> actual = snapshot.estimates().stream().filter(p -> facilities.contains(p.facilityId())).toList();
			assertThat(actual).as("one estimate per facility and cohort with figures").hasSize(expected.size());
			for (Placed placed : actual) {
				Estimate java = Estimates.latest(expected.get(placed.facilityId() + "/" + placed.cohortId())).orElseThrow();
				Estimate sql = placed.estimate();
				String what = "seed " + seed + ", " + knownOn + ", facility " + placed.facilityId() + "/" + placed.cohortId();
				assertThat(sql.range()).as(what + " range").isEqualTo(java.range());
				assertThat(sql.hull()).as(what + " hull").isEqualTo(java.hull());
				assertThat(sql.isConflict()).as(what).isEqualTo(java.isConflict());
				assertThat(sql.windowStart()).as(what).isEqualTo(java.windowStart());
				assertThat(sql.windowEnd()).as(what).isEqualTo(java.windowEnd());
				assertThat(sql.reportCount()).as(what).isEqualTo(java.reportCount());
				assertThat(sql.independentSources()).as(what).isEqualTo(java.independentSources());
				assertThat(sql.approximate()).as(what).isEqualTo(java.approximate());
			}
		}
	}

}
