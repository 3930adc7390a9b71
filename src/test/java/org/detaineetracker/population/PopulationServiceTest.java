package org.detaineetracker.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.kernel.KnownOn;
import org.detaineetracker.test.StatementCounter;
import org.detaineetracker.test.TrackerTest;

/**
 * The population service over the seeded PostgreSQL database: the seed story's bounds (see
 * {@link SeedStoryTest}) come out of the stored records, and a current picture costs one statement.
 */
@TrackerTest
class PopulationServiceTest {

	static final KnownOn MARCH_2026 = KnownOn.parse("2026-03-01");

	static final KnownOn JUNE_2025 = KnownOn.parse("2025-06-01");

	@Autowired
	PopulationService population;

	@Autowired
	StatementCounter statements;

	@Autowired
	JdbcClient jdbc;

	@Test
	void on1March2026IraqHoldsAboutTheTransferAndTheSdfWhatIsLeftHonestlyWide() {
		Overview overview = population.overview(MARCH_2026);
		assertThat(overview.date()).isEqualTo(LocalDate.of(2026, 3, 1));
		Overview.CohortPicture isis = cohort(overview, "isis-detainees");
		assertThat(isis.byHolder()).extracting(Headline::label, Headline::range)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Government of Iraq", Range.between(5550, 6149)),
					org.assertj.core.groups.Tuple.tuple("Syrian Democratic Forces", Range.upTo(1450)));
		Headline iraq = isis.byHolder().get(0);
		assertThat(iraq.key()).isEqualTo("iraqi-government");
		assertThat(iraq.newestEvidence()).isEqualTo(Period.month(2026, 2));
		assertThat(iraq.places()).singleElement().satisfies(group -> {
			assertThat(group.place().slug()).isEqualTo("iraq-receiving-facilities");
			assertThat(group.steps()).extracting(Step::kind).contains(Step.Kind.MOVEMENT);
			assertThat(group.steps()).extracting(Step::words)
				.anySatisfy(words -> assertThat(words).startsWith("No report for the group as a whole"));
		});
		assertThat(isis.byCountry()).extracting(Headline::label, Headline::range)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Iraq", Range.between(5550, 6149)),
					org.assertj.core.groups.Tuple.tuple("Syria", Range.upTo(1450)));
		assertThat(isis.notAttributed()).singleElement().satisfies(rest -> {
			assertThat(rest.label()).isEqualTo("SDF-run detention facilities in northeast Syria");
			assertThat(rest.range()).isEqualTo(Range.upTo(1450));
			assertThat(rest.candidates()).containsExactlyInAnyOrder("Syrian Democratic Forces", "Government of Syria");
		});
		Overview.CohortPicture others = cohort(overview, "other-detainees-and-residents");
		assertThat(others.byHolder()).as("al-Hol's people may be with the SDF or Damascus from February 2026").isEmpty();
		assertThat(others.notAttributed()).singleElement()
			.satisfies(rest -> assertThat(rest.range()).isEqualTo(Range.exactly(50000)));
		assertThat(others.byCountry()).singleElement().satisfies(syria -> assertThat(syria.range()).isEqualTo(Range.exactly(50000)));
	}

	@Test
	void on1June2025OnlyTheDecember2024Picture() {
		Overview overview = population.overview(JUNE_2025);
		assertThat(cohort(overview, "isis-detainees").byHolder()).singleElement().satisfies(sdf -> {
			assertThat(sdf.label()).isEqualTo("Syrian Democratic Forces");
			assertThat(sdf.range()).isEqualTo(Range.exactly(9000));
			assertThat(sdf.conflict()).isFalse();
		});
		assertThat(cohort(overview, "other-detainees-and-residents").byHolder()).singleElement()
			.satisfies(sdf -> assertThat(sdf.range()).isEqualTo(Range.exactly(50000)));
		assertThat(overview.recent()).allSatisfy(change -> assertThat(change.date()).isBefore(LocalDate.of(2025, 1, 1)));
		assertThat(overview.conflicts()).isEmpty();
	}

	@Test
	void theTransferToldByTwoOutletsMovesPeopleOnce() {
		FacilityPopulation baghdad = population.facility(id("baghdad-airport-detention-facility"), MARCH_2026);
		assertThat(baghdad.cohorts()).singleElement().satisfies(isis -> {
			assertThat(isis.slug()).isEqualTo("isis-detainees");
			assertThat(isis.population().range()).isEqualTo(Range.between(5400, 5999));
			assertThat(isis.population().movementIds()).hasSize(1);
			assertThat(isis.timeline()).extracting(TimelinePoint::date).containsExactly(LocalDate.of(2026, 2, 1));
		});
	}

	@Test
	void panoramaReadsItsWholeHistoryAndShowsThePendingAirlift() {
		FacilityPopulation panorama = population.facility(id("panorama-prison"), MARCH_2026);
		FacilityPopulation.CohortPopulation isis = panorama.cohorts().stream()
			.filter(c -> c.slug().equals("isis-detainees"))
			.findFirst()
			.orElseThrow();
		assertThat(isis.population().range()).isEqualTo(Range.upTo(1450));
		assertThat(isis.population().pending()).singleElement()
			.satisfies(airlift -> assertThat(airlift.status()).isEqualTo(Flow.Status.UNDER_WAY));
		assertThat(isis.timeline()).extracting(TimelinePoint::date)
			.contains(LocalDate.of(2026, 1, 21), LocalDate.of(2026, 2, 1));
	}

	@Test
	void aCurrentPictureCostsOneStatementAndAFacilityOne() {
		population.overview(MARCH_2026);
		statements.reset();
		population.overview(MARCH_2026);
		assertThat(statements.count()).isEqualTo(1);
		long panorama = id("panorama-prison");
		statements.reset();
		population.facility(panorama, MARCH_2026);
		assertThat(statements.count()).isEqualTo(1);
	}

	private long id(String slug) {
		return jdbc.sql("select id from facility where slug = ?").param(slug).query(Long.class).single();
	}

	private static Overview.CohortPicture cohort(Overview overview, String slug) {
		List<Overview.CohortPicture> found = overview.cohorts().stream().filter(c -> c.slug().equals(slug)).toList();
		assertThat(found).hasSize(1);
		return found.get(0);
	}

}
