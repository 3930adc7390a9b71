package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.detaineetracker.test.TestDatabase;

/**
 * The migrations build the schema on an empty database, and the schema itself refuses what must
 * never be stored.
 */
class MigrationsTest {

	private static TestDatabase.Coordinates database;

	private static Flyway flyway;

	@BeforeAll
	static void migrateAnEmptyDatabase() {
		database = TestDatabase.createEmptyDatabase("tracker_migrations");
		flyway = Flyway.configure()
			.dataSource(database.jdbcUrl(), database.username(), database.password())
			.locations("classpath:db/migration")
			.load();
		flyway.migrate();
	}

	@Test
	void everyMigrationFileIsAppliedOnAnEmptyDatabase() throws IOException {
		long files;
		try (Stream<Path> migrations = Files.list(Path.of("db/migration"))) {
			files = migrations.filter(p -> p.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
		}
		MigrationInfo[] applied = flyway.info().applied();
		assertThat(applied).hasSize((int) files);
		assertThat(applied).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS));
		assertThat(flyway.info().pending()).isEmpty();
		assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
	}

	@Test
	void migratingAgainChangesNothing() {
		assertThat(flyway.migrate().migrationsExecuted).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = {
			// a negative count
			"insert into reported_count (facility_id, cohort_id, value, qualifier, lower_bound, as_of, as_of_precision, source_id, speaker, recorded_by) select f.id, c.id, -1, 'EXACT', 0, '2025-01-01', 'DAY', s.id, 'x', 't' from facility f, cohort c, source s limit 1",
			// more than ten million
			"insert into reported_count (facility_id, cohort_id, value, qualifier, lower_bound, as_of, as_of_precision, source_id, speaker, recorded_by) select f.id, c.id, 10000001, 'EXACT', 0, '2025-01-01', 'DAY', s.id, 'x', 't' from facility f, cohort c, source s limit 1",
			// an unknown qualifier
			"insert into reported_count (facility_id, cohort_id, value, qualifier, lower_bound, as_of, as_of_precision, source_id, speaker, recorded_by) select f.id, c.id, 5, 'ROUGHLY', 5, '2025-01-01', 'DAY', s.id, 'x', 't' from facility f, cohort c, source s limit 1",
			// a range without its upper value
			"insert into reported_count (facility_id, cohort_id, value, qualifier, lower_bound, as_of, as_of_precision, source_id, speaker, recorded_by) select f.id, c.id, 5, 'RANGE', 5, '2025-01-01', 'DAY', s.id, 'x', 't' from facility f, cohort c, source s limit 1",
			// a range whose upper value is below the lower one
			"insert into reported_count (facility_id, cohort_id, value, qualifier, value_high, lower_bound, upper_bound, as_of, as_of_precision, source_id, speaker, recorded_by) select f.id, c.id, 90, 'RANGE', 60, 90, 60, '2025-01-01', 'DAY', s.id, 'x', 't' from facility f, cohort c, source s limit 1",
			// bounds out of order
			"insert into reported_count (facility_id, cohort_id, value, qualifier, lower_bound, upper_bound, as_of, as_of_precision, source_id, speaker, recorded_by) select f.id, c.id, 5, 'EXACT', 6, 5, '2025-01-01', 'DAY', s.id, 'x', 't' from facility f, cohort c, source s limit 1",
			// retracted without a reason
			"insert into reported_count (facility_id, cohort_id, value, qualifier, lower_bound, upper_bound, as_of, as_of_precision, source_id, speaker, recorded_by, status, retracted_at) select f.id, c.id, 5, 'EXACT', 5, 5, '2025-01-01', 'DAY', s.id, 'x', 't', 'RETRACTED', now() from facility f, cohort c, source s limit 1",
			// a count for a facility that does not exist
			"insert into reported_count (facility_id, cohort_id, value, qualifier, lower_bound, as_of, as_of_precision, source_id, speaker, recorded_by) select -42, c.id, 5, 'EXACT', 5, '2025-01-01', 'DAY', s.id, 'x', 't' from cohort c, source s limit 1",
			// a duplicate slug
			"insert into facility (slug, name, kind, country_code) values ('panorama-prison', 'Another', 'PRISON', 'SY')",
			// a slug with capitals and spaces
			"insert into facility (slug, name, kind, country_code) values ('Bad Slug', 'Bad', 'PRISON', 'SY')",
			// a country that is not an ISO code
			"insert into facility (slug, name, kind, country_code) values ('somewhere', 'Somewhere', 'PRISON', 'sy')",
			// latitude without longitude
			"insert into facility (slug, name, kind, country_code, latitude, coordinate_precision) values ('half-located', 'Half', 'PRISON', 'SY', 36.5, 'SITE')",
			// a source URL that is not http(s)
			"insert into source (outlet, title, kind, published_on, published_precision, url) values ('o', 't', 'NEWS', '2025-01-01', 'DAY', 'javascript:alert(1)')",
			// custody that ends before it starts
			"insert into custody_period (facility_id, holder_id, started_on, started_precision, ended_on, ended_precision, source_id) select f.id, h.id, '2026-02-01', 'DAY', '2026-01-01', 'DAY', s.id from facility f, custody_holder h, source s limit 1",
			// a movement into the facility it left
			"insert into movement (kind, from_facility_id, to_facility_id, cohort_id, value, qualifier, lower_bound, upper_bound, status, tally, source_id, speaker) select 'TRANSFER', f.id, f.id, c.id, 5, 'EXACT', 5, 5, 'COMPLETED', 'BATCH', s.id, 'x' from facility f, cohort c, source s limit 1",
			// a report of a movement that does not exist
			"insert into movement_report (movement_id, value, qualifier, lower_bound, upper_bound, tally, source_id, speaker, recorded_by) select -42, 5, 'EXACT', 5, 5, 'BATCH', s.id, 'x', 't' from source s limit 1",
			// a report whose bounds are out of order
			"insert into movement_report (movement_id, value, qualifier, lower_bound, upper_bound, tally, source_id, speaker, recorded_by) select m.id, 5, 'EXACT', 6, 5, 'BATCH', s.id, 'x', 't' from movement m, source s limit 1",
			// a report with a blank speaker
			"insert into movement_report (movement_id, value, qualifier, lower_bound, upper_bound, tally, source_id, speaker, recorded_by) select m.id, 5, 'EXACT', 5, 5, 'BATCH', s.id, ' ', 't' from movement m, source s limit 1"
	})
	void theSchemaRefuses(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
				database.password()); Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.executeUpdate(sql)).isInstanceOf(SQLException.class)
				.satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("23"));
		}
	}

}
