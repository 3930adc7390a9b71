package org.detaineetracker.test;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Points a test context at the database {@link TestDatabase} chose. With Docker it is a
 * {@code @ServiceConnection} container; otherwise plain connection details, which also keep the
 * application's own embedded server from starting.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	@Bean(destroyMethod = "")
	@ServiceConnection
	@Conditional(DockerMode.class)
	PostgreSQLContainer postgresContainer() {
		// Shared by every context in the JVM; Testcontainers' Ryuk removes it when the JVM ends.
		return TestDatabase.container();
	}

	@Bean
	@Conditional(NotDockerMode.class)
	JdbcConnectionDetails testDatabaseConnectionDetails() {
		TestDatabase.Coordinates database = TestDatabase.database();
		return new JdbcConnectionDetails() {

			@Override
			public String getJdbcUrl() {
				return database.jdbcUrl();
			}

			@Override
			public String getUsername() {
				return database.username();
			}

			@Override
			public String getPassword() {
				return database.password();
			}

		};
	}

	static class DockerMode implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return TestDatabase.MODE == TestDatabase.Mode.DOCKER;
		}

	}

	static class NotDockerMode implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return TestDatabase.MODE != TestDatabase.Mode.DOCKER;
		}

	}

}
