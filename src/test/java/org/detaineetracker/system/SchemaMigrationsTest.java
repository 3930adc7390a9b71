package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

import org.detaineetracker.test.TestDatabase;

/**
 * A start runs Flyway only when the database does not record the migrations it carries as applied,
 * and Flyway still refuses what it refused before.
 */
@ExtendWith(OutputCaptureExtension.class)
class SchemaMigrationsTest {

	/** What Flyway logs each time it runs and checks the migrations. */
	private static final String FLYWAY_RAN = "Successfully validated";

	private final String digest = SchemaMigrations.digest(getClass().getClassLoader());

	@Test
	void anEmptyDatabaseIsMigratedThenTheNextStartLoadsNoFlyway(CapturedOutput output) throws Exception {
		DataSource dataSource = emptyDatabase("tracker_schema_new");

		new SchemaMigrations(dataSource).afterPropertiesSet();

		JdbcClient jdbc = JdbcClient.create(dataSource);
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
			.isEqualTo(migrationFiles());
		assertThat(SchemaMigrations.recorded(dataSource)).contains(digest);
		assertThat(digest).startsWith(migrationFiles() + " files, sha256 ");

		int before = output.getOut().length();
		new SchemaMigrations(dataSource).afterPropertiesSet();
		String secondStart = output.getOut().substring(before);
		assertThat(secondStart).contains("Flyway not run").doesNotContain(FLYWAY_RAN);
	}

	@Test
	void aDatabaseMigratedBeforeDigestsWereKeptIsCheckedByFlywayThenRecorded(CapturedOutput output) throws Exception {
		DataSource dataSource = emptyDatabase("tracker_schema_old");
		flyway(dataSource).migrate();
		JdbcClient.create(dataSource).sql("delete from migrations_digest").update();

		int before = output.getOut().length();
		new SchemaMigrations(dataSource).afterPropertiesSet();

		assertThat(output.getOut().substring(before)).contains(FLYWAY_RAN).doesNotContain("Flyway not run");
		assertThat(SchemaMigrations.recorded(dataSource)).contains(digest);
	}

	@Test
	void aDatabaseWithOtherMigrationsIsCheckedByFlywayWhichRefusesAChangedOne() throws Exception {
		DataSource dataSource = emptyDatabase("tracker_schema_changed");
		new SchemaMigrations(dataSource).afterPropertiesSet();
		JdbcClient jdbc = JdbcClient.create(dataSource);
		// As if the first migration had been edited after it was applied, by a build with other files.
		jdbc.sql("update flyway_schema_history set checksum = checksum + 1 where version = '1'").update();
		jdbc.sql("update migrations_digest set digest = 'other migrations'").update();

		assertThatThrownBy(() -> new SchemaMigrations(dataSource).afterPropertiesSet())
			.isInstanceOf(FlywayException.class)
			.hasMessageContaining("checksum mismatch");
		assertThat(SchemaMigrations.recorded(dataSource)).contains("other migrations");
	}

	/** Flyway finds migrations in sub-folders too, so a change there must change the digest. */
	@Test
	void theDigestCoversEveryFileUnderTheLocationBySubFolderAndName(@TempDir Path classes) throws IOException {
		Path location = Files.createDirectories(classes.resolve(SchemaMigrations.LOCATION));
		Files.writeString(location.resolve("V1__first.sql"), "create table a (id int);");
		Path later = Files.createDirectories(location.resolve("later")).resolve("V2__second.sql");
		Files.writeString(later, "create table b (id int);");
		String both = digestOf(classes);
		assertThat(both).startsWith("2 files, sha256 ");

		Files.writeString(later, "create table b (id bigint);");
		String changed = digestOf(classes);
		assertThat(changed).isNotEqualTo(both);

		Files.move(later, location.resolve("V2__second.sql"));
		assertThat(digestOf(classes)).as("the same file in another folder").isNotEqualTo(changed);
	}

	private static String digestOf(Path classes) throws IOException {
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, null)) {
			return SchemaMigrations.digest(loader);
		}
	}

	private static DataSource emptyDatabase(String prefix) {
		TestDatabase.Coordinates database = TestDatabase.createEmptyDatabase(prefix);
		return new SimpleDriverDataSource(new org.postgresql.Driver(), database.jdbcUrl(), database.username(),
				database.password());
	}

	private static Flyway flyway(DataSource dataSource) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:" + SchemaMigrations.LOCATION).load();
	}

	private static long migrationFiles() throws IOException {
		try (Stream<Path> files = Files.list(Path.of(SchemaMigrations.LOCATION))) {
			return files.filter(file -> file.getFileName().toString().matches("V\\d+__.+\\.sql")).count();
		}
	}

}
