package org.detaineetracker.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import org.detaineetracker.test.TrackerTest;

/**
 * The known-on rule has two spellings, the SQL functions of V70 that every query uses and
 * {@link KnownOnRule} for what is filtered in memory; they must answer alike. The Java side starts
 * from the publication date and precision ({@link PartialDate#lastDay()}), the SQL side from the
 * stored known_from column, so the two spellings of known_from are compared as well.
 */
@TrackerTest
class KnownOnRuleAgreesWithSqlTest {

	record Figure(long id, LocalDate publishedOn, DatePrecision publishedPrecision, Instant retractedAt,
			boolean sqlSourceKnown, boolean sqlCounted) {
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	/**
	 * Every seeded figure (a third of them retracted, for the test only, at midnight UTC or a moment
	 * before or after), on the days around every source's known-from day and every retraction, and now.
	 */
	@Test
	void everySeededFigureOnTheDaysAroundItsSourceAndItsRetraction() {
		transactions.executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			jdbc.sql("""
					update reported_count set status = 'RETRACTED', retraction_reason = 'For the test',
					    retracted_at = timestamptz '2026-01-20T00:00:00Z' + (id % 9 / 3 - 1) * interval '1 microsecond'
					where id % 3 = 0""").update();
			TreeSet<LocalDate> days = new TreeSet<>();
			for (LocalDate day : jdbc.sql("select distinct known_from from source").query(LocalDate.class).list()) {
				days.addAll(List.of(day.minusDays(1), day, day.plusDays(1)));
			}
			days.addAll(List.of(LocalDate.of(2026, 1, 18), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 20)));
			List<KnownOn> views = new java.util.ArrayList<>(days.stream().map(KnownOn::new).toList());
			views.add(KnownOn.now());
			int compared = 0;
			for (KnownOn knownOn : views) {
				KnownOnRule rule = KnownOnRule.of(knownOn);
				List<Figure> figures = jdbc.sql("""
						select c.id, s.published_on, s.published_precision, c.retracted_at,
						       source_known_on(s.known_from, :day) as sql_source_known,
						       count_known_on(s.known_from, c.retracted_at, :day) as sql_counted
						from reported_count c join source s on s.id = c.source_id""")
					.param("day", knownOn.latestKnownFrom())
					.query(Figure.class)
					.list();
				assertThat(figures).isNotEmpty();
				for (Figure f : figures) {
					LocalDate knownFrom = new PartialDate(f.publishedOn(), f.publishedPrecision()).lastDay();
					String what = "figure " + f.id() + " on " + knownOn.latestKnownFrom();
					assertThat(rule.knowsSource(knownFrom)).as(what + ", its source").isEqualTo(f.sqlSourceKnown());
					assertThat(rule.countsFigure(knownFrom, f.retractedAt())).as(what).isEqualTo(f.sqlCounted());
					compared++;
				}
			}
			assertThat(compared).as("figures × days compared").isGreaterThan(100);
		});
	}

	/** Random known-from days, retraction moments and view dates, many on the edges of a UTC day. */
	@ParameterizedTest(name = "seed {0}")
	@ValueSource(longs = { 1, 2, 3 })
	void randomDatesAndRetractionsOnTheEdgesOfADay(long seed) {
		Random random = new Random(seed);
		IntStream.range(0, 100).forEach(i -> {
			LocalDate day = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
			LocalDate knownFrom = day.plusDays(random.nextInt(5) - 2);
			Instant retractedAt = switch (random.nextInt(4)) {
				case 0 -> null;
				case 1 -> day.plusDays(random.nextInt(3)).atStartOfDay(ZoneOffset.UTC).toInstant();
				case 2 -> day.plusDays(random.nextInt(3)).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1000);
				default -> day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(3 * 86_400) - 86_400);
			};
			KnownOn knownOn = random.nextInt(10) == 0 ? KnownOn.now() : new KnownOn(day);
			record Answer(boolean sourceKnown, boolean counted) {
			}
			Answer sql = jdbc.sql("""
					select source_known_on(:knownFrom, :day) as source_known,
					       count_known_on(:knownFrom, :retractedAt, :day) as counted""")
				.param("knownFrom", knownFrom)
				.param("retractedAt", retractedAt == null ? null : OffsetDateTime.ofInstant(retractedAt, ZoneOffset.UTC),
						java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
				.param("day", knownOn.latestKnownFrom())
				.query(Answer.class)
				.single();
			KnownOnRule rule = KnownOnRule.of(knownOn);
			String what = "known from " + knownFrom + ", retracted " + retractedAt + ", on " + knownOn.latestKnownFrom();
			assertThat(rule.knowsSource(knownFrom)).as(what).isEqualTo(sql.sourceKnown());
			assertThat(rule.countsFigure(knownFrom, retractedAt)).as(what).isEqualTo(sql.counted());
		});
	}

}
