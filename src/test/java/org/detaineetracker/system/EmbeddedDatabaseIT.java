package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.detaineetracker.TrackerApplication;

/**
 * With no datasource configured the application runs its own PostgreSQL, says so in the log, and
 * keeps its data in the configured folder across restarts.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseIT {

	@Test
	void dataSurvivesARestart(CapturedOutput output) throws Exception {
		Path dataDir = Files.createTempDirectory("tracker-data");
		String[] args = { "--server.port=0", "--tracker.embedded-database.data-dir=" + dataDir };

		try (ConfigurableApplicationContext first = TrackerApplication.application().run(args)) {
			assertThat(startedEarly(first)).as("started by main's initializer, before the configuration was read").isTrue();
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from reported_count").query(Long.class).single()).isEqualTo(9);
			jdbc.sql("insert into facility (slug, name, kind, country_code) values ('kept-facility', 'Kept', 'CAMP', 'SY')")
				.update();
		}
		assertThat(output.getOut()).contains("Database: embedded PostgreSQL")
			.contains("data in " + dataDir.resolve("postgresql"))
			.contains("user postgres, password in " + dataDir.resolve("postgresql/tracker-password"))
			.contains("created now")
			// Failsafe runs after packaging, which puts the cluster made at build time in target/classes.
			.contains("created now from the cluster made when the jar was built")
			// The template records its migrations' digest, so the first start need not load Flyway.
			.contains("are those last applied, as the database records; Flyway not run.")
			.doesNotContain("Migrating schema")
			.contains("Created the first account 'admin' with the generated password: ");
		assertThat(warnings(output)).as("warnings of a first start other than the generated password, which is meant to stand out")
			.allMatch(line -> line.contains("with the generated password: "));

		try (ConfigurableApplicationContext second = TrackerApplication.application().run(args)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select name from facility where slug = 'kept-facility'").query(String.class).single())
				.isEqualTo("Kept");
			// The first start stopped before any request and before its account was due: the stop made it.
			assertThat(jdbc.sql("select count(*) from account where username = 'admin'").query(Long.class).single())
				.isEqualTo(1);
		}
		assertThat(output.getOut()).contains("kept from an earlier run");
	}

	/**
	 * The password file changed by hand: the embedded library gives up on the server that refuses it
	 * (after 10 s) and leaves that server running. The start stops it and says what to do; removing the
	 * file, as it says, gets the superuser a new password and a start that works.
	 */
	@Test
	void aPasswordFileChangedByHandStopsTheStartWithWhatToDoAndNoServerLeft(CapturedOutput output) throws Exception {
		Path dataDir = Files.createTempDirectory("tracker-data");
		String[] args = { "--server.port=0", "--tracker.embedded-database.data-dir=" + dataDir };
		try (ConfigurableApplicationContext first = TrackerApplication.application().run(args)) {
			assertThat(first.getBean(JdbcClient.class).sql("select 1").query(Integer.class).single()).isEqualTo(1);
		}
		Path cluster = dataDir.resolve("postgresql");
		Path file = cluster.resolve(EmbeddedDatabasePassword.FILE);
		String kept = Files.readString(file);
		Files.writeString(file, "it's chosen by hand\n");

		assertThatThrownBy(() -> TrackerApplication.application().run(args))
			.hasRootCauseInstanceOf(EmbeddedDatabasePassword.Refused.class);
		assertThat(output.getOut() + output.getErr())
			.contains("The embedded PostgreSQL server refuses the password in " + file + ".")
			.contains("remove the file and start again")
			.doesNotContain("SPRING_DATASOURCE_URL (for example");
		assertThat(cluster.resolve("postmaster.pid")).as("the server the library gave up on, stopped").doesNotExist();
		assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).doesNotContain("trust");

		Files.delete(file);
		assertStartedStoppedAndFreeForTheNextStart(dataDir);
		assertThat(EmbeddedDatabasePassword.kept(cluster)).isPresent().get().isNotEqualTo(kept.strip());
	}

	/**
	 * The server starts on a thread of its own while the rest of the context is being configured.
	 * A start that fails after that point (here, on a setting read later) still stops it, rather
	 * than leaving a server holding the data directory that the next start would refuse.
	 */
	@Test
	void aStartThatFailsAfterTheServerStartedLeavesNoServerRunning() throws Exception {
		Path dataDir = Files.createTempDirectory("tracker-data");

		assertThatThrownBy(() -> TrackerApplication.application().run("--server.port=0",
				"--tracker.embedded-database.data-dir=" + dataDir, "--tracker.security.lockout=a while"))
			.hasMessageContaining("tracker.security");

		assertStartedStoppedAndFreeForTheNextStart(dataDir);
	}

	/**
	 * The same started the way tests start the application (no initializer from {@code main}): the
	 * post-processor starts the server, and a failure after that point still stops it.
	 */
	@Test
	void startedWithoutMainTheServerStartsAsTheConfigurationIsReadAndStopsOnFailure() throws Exception {
		Path dataDir = Files.createTempDirectory("tracker-data");
		try (ConfigurableApplicationContext context = SpringApplication.run(TrackerApplication.class, "--server.port=0",
				"--tracker.embedded-database.data-dir=" + dataDir)) {
			assertThat(startedEarly(context)).isFalse();
			assertThat(context.getBeansOfType(EmbeddedPostgresStart.class)).hasSize(1);
			assertThat(context.getBean(JdbcClient.class).sql("select count(*) from facility").query(Long.class).single())
				.isPositive();
		}
		assertThatThrownBy(() -> SpringApplication.run(TrackerApplication.class, "--server.port=0",
				"--tracker.embedded-database.data-dir=" + dataDir, "--tracker.security.lockout=a while"))
			.hasMessageContaining("tracker.security");
		assertThat(dataDir.resolve("postgresql/postmaster.pid")).as("stopped again").doesNotExist();
	}

	/**
	 * A run that fails after main's initializer has started the server but before the context is
	 * refreshed destroys no beans; the server is stopped all the same, once it has finished starting,
	 * and the next start finds the data directory free.
	 */
	@Test
	void aRunThatFailsBeforeTheContextIsRefreshedStopsTheServerStartedEarly() throws Exception {
		Path dataDir = Files.createTempDirectory("tracker-data");
		SpringApplication failing = TrackerApplication.application();
		failing.addInitializers(context -> {
			throw new IllegalStateException("stopped before the refresh");
		});

		assertThatThrownBy(() -> failing.run("--server.port=0", "--tracker.embedded-database.data-dir=" + dataDir))
			.hasMessage("stopped before the refresh");

		assertStartedStoppedAndFreeForTheNextStart(dataDir);
	}

	/**
	 * With a datasource configured, main's initializer starts nothing and registers nothing: the
	 * configured database is the one used.
	 */
	@Test
	void withADatasourceConfiguredNothingStartsEarly() throws Exception {
		Path dataDir = Files.createTempDirectory("tracker-data");
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			TestPropertyValues.of("spring.datasource.url=jdbc:postgresql://db.example:5432/tracker",
					"tracker.embedded-database.data-dir=" + dataDir).applyTo(context);
			EmbeddedPostgresAutoConfiguration.startingEarly().initialize(context);

			assertThat(context.getBeanFactory().containsSingleton("embeddedPostgresStart")).isFalse();
			assertThat(dataDir.resolve("postgresql")).doesNotExist();
		}
	}

	/** The server was started and stopped again, and the next start finds the data directory free. */
	private static void assertStartedStoppedAndFreeForTheNextStart(Path dataDir) {
		assertThat(dataDir.resolve("postgresql/postgresql.conf")).as("the server was started").exists();
		assertThat(dataDir.resolve("postgresql/postmaster.pid")).as("and stopped again").doesNotExist();
		try (ConfigurableApplicationContext next = TrackerApplication.application().run("--server.port=0",
				"--tracker.embedded-database.data-dir=" + dataDir)) {
			assertThat(next.getBean(JdbcClient.class).sql("select count(*) from facility").query(Long.class).single())
				.isPositive();
		}
	}

	/** Whether the server was started by main's initializer: registered by hand, not from a definition. */
	private static boolean startedEarly(ConfigurableApplicationContext context) {
		return context.getBeanFactory().containsSingleton("embeddedPostgresStart")
				&& !context.getBeanFactory().containsBeanDefinition("embeddedPostgresStart");
	}

	/** Lines the application logged at WARN or ERROR (the embedded server's own log lines come at INFO). */
	private static List<String> warnings(CapturedOutput output) {
		return (output.getOut() + output.getErr()).lines()
			.filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
			.toList();
	}

	/**
	 * A server still running on the data directory (another instance, or one left by a process that
	 * ended without stopping it) stops the start with a message saying so and which process to stop,
	 * rather than a connection error that points at SPRING_DATASOURCE_URL.
	 */
	@Test
	void aServerStillRunningOnTheDataIsNamedAndNothingElseStarts(CapturedOutput output) throws Exception {
		Path dataDir = Files.createTempDirectory("tracker-data");
		try (EmbeddedPostgres left = EmbeddedPostgresAutoConfiguration.durable(dataDir.resolve("postgresql"), 0).start()) {
			long pid = Postmasters.of(dataDir.resolve("postgresql"));

			assertThatThrownBy(() -> SpringApplication.run(TrackerApplication.class, "--server.port=0",
					"--tracker.embedded-database.data-dir=" + dataDir))
				.hasRootCauseInstanceOf(EmbeddedDatabaseInUse.class);
			assertThat(output.getOut() + output.getErr()).contains("is in use by a running server (process " + pid + ")")
				.contains("kill " + pid)
				.doesNotContain("SPRING_DATASOURCE_URL (for example");
			assertThat(left.getPostgresDatabase().getConnection().isValid(1)).as("the running server is left alone").isTrue();
		}
	}

}
