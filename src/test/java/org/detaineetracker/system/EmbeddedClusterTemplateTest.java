package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cluster the build makes for first starts, made here from the project's migrations on a real
 * PostgreSQL, unpacked and started again; and the rules that keep it from being used where
 * {@code initdb} would have made something else.
 */
class EmbeddedClusterTemplateTest {

	@TempDir
	Path classes;

	@TempDir
	Path data;

	@Test
	void aClusterUnpackedFromTheTemplateStartsWithEveryMigrationAndTheSeedDataInIt() throws Exception {
		assertThat(EmbeddedClusterTemplate.make(classes, "test")).startsWith("Cluster template ");
		Path archive = classes.resolve(EmbeddedClusterTemplate.ARCHIVE);
		FileTime made = Files.getLastModifiedTime(archive);
		assertThat(EmbeddedClusterTemplate.make(classes, "test")).as("made again with nothing changed")
			.endsWith("is up to date.");
		assertThat(Files.getLastModifiedTime(archive)).isEqualTo(made);
		Path descriptionFile = classes.resolve(EmbeddedClusterTemplate.DESCRIPTION);
		Properties description = new Properties();
		try (var in = Files.newInputStream(descriptionFile)) {
			description.load(in);
		}
		assertThat(description.getProperty("made-by")).as("a digest of the code that made it").matches("[0-9a-f]{64}");
		description.setProperty("made-by", "other code");
		try (OutputStream out = Files.newOutputStream(descriptionFile)) {
			description.store(out, null);
		}
		assertThat(EmbeddedClusterTemplate.make(classes, "test")).as("made again by other code")
			.startsWith("Cluster template ")
			.doesNotEndWith("is up to date.");

		EmbeddedClusterTemplate template = templateIn(classes);
		assertThat(template.differenceFrom(System.getenv(), getClass().getClassLoader())).isEmpty();
		Path cluster = data.resolve("postgresql");
		Files.createDirectories(cluster);
		template.unpackInto(cluster);

		assertThat(cluster.resolve("postmaster.pid")).as("no trace of the server that made it").doesNotExist();
		assertThat(cluster.resolve("postmaster.opts")).doesNotExist();
		assertThat(data.resolve("postgresql.unpacking")).doesNotExist();
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cluster))).isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cluster.resolve("base"))))
			.as("a folder inside").isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cluster.resolve("PG_VERSION"))))
			.as("a file").isEqualTo("rw-------");
		Path wal = cluster.resolve("pg_wal/000000010000000000000001");
		assertThat(Files.size(wal)).as("a file larger than one write").isEqualTo(16L << 20);
		assertThat(Files.readAllBytes(wal)).as("ending in zeros left unwritten, read back as zeros")
			.isEqualTo(entry(archive, "pg_wal/000000010000000000000001"));
		try (EmbeddedPostgres postgres = EmbeddedPostgresAutoConfiguration.durable(cluster, 0).start()) {
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
				.isEqualTo(migrationsInTheProject());
			assertThat(jdbc.sql("select count(*) from reported_count").query(Long.class).single()).isEqualTo(9);
			assertThat(jdbc.sql("show server_version").query(String.class).single()).isEqualTo(template.serverVersion());
			assertThat(SchemaMigrations.recorded(postgres.getPostgresDatabase())).as("so a first start loads no Flyway")
				.contains(SchemaMigrations.digest(getClass().getClassLoader()));
			jdbc.sql("insert into facility (slug, name, kind, country_code) values ('after-unpacking', 'A', 'CAMP', 'SY')")
				.update();
		}
		try (EmbeddedPostgres again = EmbeddedPostgresAutoConfiguration.durable(cluster, 0).start()) {
			assertThat(JdbcClient.create(again.getPostgresDatabase())
				.sql("select count(*) from facility where slug = 'after-unpacking'")
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	/** initdb takes each locale category from LC_ALL, else the category's own variable, else LANG. */
	@Test
	void theLocaleIsReadFromTheEnvironmentAsInitdbReadsIt() {
		Properties plain = EmbeddedClusterTemplate.madeFor(Map.of(), "m");
		assertThat(plain.getProperty("lc_collate")).isEqualTo("C");
		assertThat(plain.getProperty("lc_ctype")).isEqualTo("C");

		Properties lang = EmbeddedClusterTemplate.madeFor(Map.of("LANG", "en_GB.UTF-8", "LC_CTYPE", "C.UTF-8"), "m");
		assertThat(lang.getProperty("lc_collate")).isEqualTo("en_GB.UTF-8");
		assertThat(lang.getProperty("lc_ctype")).isEqualTo("C.UTF-8");

		Properties all = EmbeddedClusterTemplate.madeFor(
				Map.of("LC_ALL", "de_DE.UTF-8", "LANG", "en_GB.UTF-8", "LC_COLLATE", "C", "LC_TIME", ""), "m");
		assertThat(all.getProperty("lc_collate")).isEqualTo("de_DE.UTF-8");
		assertThat(all.getProperty("lc_time")).isEqualTo("de_DE.UTF-8");
	}

	/**
	 * Text sorts by the cluster's locale, so a template made under another locale, or from other
	 * migrations, is not used; the start then creates the cluster itself.
	 */
	@Test
	void aTemplateMadeUnderAnotherLocaleOrFromOtherMigrationsDoesNotFit() throws Exception {
		Map<String, String> here = Map.of("LANG", "C.UTF-8");
		String migrations = SchemaMigrations.digest(getClass().getClassLoader());
		assertThat(migrations).startsWith(migrationsInTheProject() + " files, sha256 ");

		describe(EmbeddedClusterTemplate.madeFor(here, migrations));
		assertThat(templateIn(classes).differenceFrom(here, getClass().getClassLoader())).isEmpty();

		describe(EmbeddedClusterTemplate.madeFor(Map.of("LANG", "en_US.UTF-8"), migrations));
		assertThat(templateIn(classes).differenceFrom(here, getClass().getClassLoader()))
			.hasValue("lc_collate is C.UTF-8 here, en_US.UTF-8 in the template");

		describe(EmbeddedClusterTemplate.madeFor(here, "52 files, sha256 0"));
		assertThat(templateIn(classes).differenceFrom(here, getClass().getClassLoader()))
			.hasValueSatisfying(difference -> assertThat(difference).startsWith("migrations is " + migrations));
	}

	@Test
	void anArchiveNamingAFileOutsideTheClusterIsRefusedAndLeavesNoCluster() throws Exception {
		describe(EmbeddedClusterTemplate.madeFor(System.getenv(), "m"));
		try (ZipOutputStream zip = new ZipOutputStream(
				Files.newOutputStream(classes.resolve(EmbeddedClusterTemplate.ARCHIVE)))) {
			zip.putNextEntry(new ZipEntry("../escaped"));
			zip.write(1);
			zip.closeEntry();
		}
		Path cluster = data.resolve("postgresql");

		assertThatThrownBy(() -> templateIn(classes).unpackInto(cluster)).isInstanceOf(IOException.class)
			.hasMessageContaining("outside its folder");
		assertThat(data.resolve("escaped")).doesNotExist();
		assertThat(cluster).doesNotExist();
	}

	private void describe(Properties description) throws IOException {
		Files.createDirectories(classes.resolve(EmbeddedClusterTemplate.DESCRIPTION).getParent());
		if (!Files.exists(classes.resolve(EmbeddedClusterTemplate.ARCHIVE))) {
			Files.createFile(classes.resolve(EmbeddedClusterTemplate.ARCHIVE));
		}
		try (OutputStream out = Files.newOutputStream(classes.resolve(EmbeddedClusterTemplate.DESCRIPTION))) {
			description.store(out, null);
		}
	}

	/** The template in a classes folder, found the way a start finds it, through a class loader. */
	private static EmbeddedClusterTemplate templateIn(Path classes) throws IOException {
		try (URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, null)) {
			return EmbeddedClusterTemplate.on(loader).orElseThrow();
		}
	}

	private static byte[] entry(Path archive, String name) throws IOException {
		try (ZipFile zip = new ZipFile(archive.toFile())) {
			return zip.getInputStream(zip.getEntry(name)).readAllBytes();
		}
	}

	private static long migrationsInTheProject() throws IOException {
		try (var files = Files.list(Path.of("db/migration"))) {
			return files.count();
		}
	}

}
