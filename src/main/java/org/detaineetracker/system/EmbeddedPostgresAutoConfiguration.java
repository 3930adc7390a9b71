package org.detaineetracker.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * With no datasource configured, the application runs its own PostgreSQL: real server binaries
 * from a Maven Central artifact, with the cluster kept under {@code tracker.embedded-database.data-dir}
 * so data survives restarts. Configuring {@code spring.datasource.url} (SPRING_DATASOURCE_URL), or a
 * test providing its own connection, turns this off.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnProperty(prefix = "spring.datasource", name = "url", matchIfMissing = true, havingValue = "embedded")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		Path cluster = properties.clusterDirectory();
		Files.createDirectories(cluster);
		boolean existing = Files.exists(cluster.resolve("postgresql.conf"));
		EmbeddedDatabaseInUse.refuseIfRunning(cluster);
		EmbeddedPostgres postgres = durable(cluster, properties.port()).start();
		log.info("Database: embedded PostgreSQL on localhost:{}, data in {} ({}). "
				+ "Set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use another server.",
				postgres.getPort(), cluster, existing ? "kept from an earlier run" : "created now");
		return postgres;
	}

	/**
	 * The server as a production database: the embedded library's defaults are made for throwaway
	 * test databases (it starts the server with {@code -F}, fsync off, and sets
	 * {@code synchronous_commit=off}), which lose acknowledged writes when the server stops abruptly.
	 * Later {@code -c} options win over {@code -F}, so these turn durability back on.
	 *
	 * @param port the port, or 0 for any free one
	 */
	static EmbeddedPostgres.Builder durable(Path cluster, int port) {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(cluster)
			.setCleanDataDirectory(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on");
		if (port > 0) {
			builder.setPort(port);
		}
		return builder;
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return new EmbeddedConnectionDetails(postgres.getJdbcUrl("postgres", "postgres"));
	}

	private record EmbeddedConnectionDetails(String jdbcUrl) implements JdbcConnectionDetails {

		@Override
		public String getJdbcUrl() {
			return jdbcUrl;
		}

		@Override
		public String getUsername() {
			return "postgres";
		}

		@Override
		public String getPassword() {
			return null;
		}

	}

}
