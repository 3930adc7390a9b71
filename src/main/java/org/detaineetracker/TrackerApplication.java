package org.detaineetracker;

import org.detaineetracker.system.EmbeddedPostgresAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;

// The migrations run through system.SchemaMigrations, which loads Flyway only when one is new.
@SpringBootApplication(exclude = FlywayAutoConfiguration.class)
public class TrackerApplication {

	public static void main(String[] args) {
		application().run(args);
	}

	/** The application as {@link #main} runs it; its own database starts as soon as it is configured. */
	public static SpringApplication application() {
		SpringApplication application = new SpringApplication(TrackerApplication.class);
		application.addInitializers(EmbeddedPostgresAutoConfiguration.startingEarly());
		return application;
	}

}
