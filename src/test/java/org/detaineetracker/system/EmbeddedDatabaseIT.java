package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
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

		try (ConfigurableApplicationContext first = SpringApplication.run(TrackerApplication.class, args)) {
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select count(*) from reported_count").query(Long.class).single()).isEqualTo(9);
			jdbc.sql("insert into facility (slug, name, kind, country_code) values ('kept-facility', 'Kept', 'CAMP', 'SY')")
				.update();
		}
		assertThat(output.getOut()).contains("Database: embedded PostgreSQL")
			.contains("data in " + dataDir.resolve("postgresql"))
			.contains("created now")
			.contains("Created the first account 'admin' with the generated password: ");

		try (ConfigurableApplicationContext second = SpringApplication.run(TrackerApplication.class, args)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select name from facility where slug = 'kept-facility'").query(String.class).single())
				.isEqualTo("Kept");
		}
		assertThat(output.getOut()).contains("kept from an earlier run");
	}

}
