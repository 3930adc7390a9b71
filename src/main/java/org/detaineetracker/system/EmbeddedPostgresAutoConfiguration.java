package org.detaineetracker.system;

import java.io.IOException;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.Environment;

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
public class EmbeddedPostgresAutoConfiguration {

	/**
	 * Unless {@link #startingEarly} has started it already, starts the server on a thread of its own
	 * as soon as the context's configuration is read, while the context goes on creating everything
	 * that does not need the database (the web server, security, templates): a start with the data
	 * kept spends about half a second in PostgreSQL and in finding its binaries, a first start more
	 * unpacking or creating the cluster. Being a post-processor, it exists only where this
	 * configuration applies and is created before any other bean; being a bean, it is destroyed with
	 * the context, also when the context fails to start, and so stops the server whoever else got to
	 * use it.
	 */
	@Bean
	@ConditionalOnMissingBean
	static EmbeddedPostgresStart embeddedPostgresStart(Environment environment) {
		return new EmbeddedPostgresStart(properties(environment));
	}

	/**
	 * Starts the server sooner still, for the application's own {@code main}: as the context is
	 * prepared, before it reads its configuration, which takes two to three seconds. A first start
	 * unpacks its cluster meanwhile, and the DataSource no longer waits for it (it waited 0.7–1.0 s
	 * when the server started with the post-processor above; bench/README.md, "The database started
	 * before the configuration is read").
	 * <p>
	 * The server is registered as that post-processor, so the context uses it and stops it as before;
	 * a start that fails before the context is refreshed stops it too ({@link ApplicationFailedEvent}).
	 * Only the property condition above can be read this early, not whether a test or another
	 * configuration brings its own connection; tests, which do not run {@code main}, start the server
	 * the usual way or not at all.
	 */
	public static ApplicationContextInitializer<ConfigurableApplicationContext> startingEarly() {
		return context -> {
			// The class's property condition, read by hand: a configured database starts nothing.
			String url = context.getEnvironment().getProperty("spring.datasource.url");
			boolean configured = url != null && !url.equalsIgnoreCase("embedded");
			if (configured || !(context instanceof GenericApplicationContext generic)) {
				return;
			}
			EmbeddedPostgresStart start = new EmbeddedPostgresStart(properties(context.getEnvironment()));
			start.start();
			DefaultListableBeanFactory beans = generic.getDefaultListableBeanFactory();
			beans.registerSingleton("embeddedPostgresStart", start);
			// A singleton registered by hand is destroyed with the others only when registered so.
			beans.registerDisposableBean("embeddedPostgresStart", start);
			context.addApplicationListener(new StopOnFailure(start));
		};
	}

	/**
	 * Stops a server started early when the run fails; a context that failed before its refresh
	 * destroys no beans, but its listeners still hear of the failure.
	 */
	private record StopOnFailure(EmbeddedPostgresStart start) implements ApplicationListener<ApplicationFailedEvent> {

		@Override
		public void onApplicationEvent(ApplicationFailedEvent event) {
			try {
				start.destroy();
			}
			catch (IOException | RuntimeException stopping) {
				event.getException().addSuppressed(stopping);
			}
		}

	}

	private static EmbeddedDatabaseProperties properties(Environment environment) {
		return Binder.get(environment).bindOrCreate("tracker.embedded-database", EmbeddedDatabaseProperties.class);
	}

	/** The started server, once it accepts connections; {@link EmbeddedPostgresStart} stops it. */
	@Bean(destroyMethod = "")
	EmbeddedPostgres embeddedPostgres(EmbeddedPostgresStart start) throws IOException {
		return start.server();
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
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres, EmbeddedPostgresStart start) {
		return new EmbeddedConnectionDetails(postgres.getJdbcUrl(EmbeddedDatabasePassword.SUPERUSER, "postgres"),
				start.password());
	}

	/** The superuser, with the password the server asks for ({@link EmbeddedDatabasePassword}). */
	private record EmbeddedConnectionDetails(String jdbcUrl, String password) implements JdbcConnectionDetails {

		@Override
		public String getJdbcUrl() {
			return jdbcUrl;
		}

		@Override
		public String getUsername() {
			return EmbeddedDatabasePassword.SUPERUSER;
		}

		@Override
		public String getPassword() {
			return password;
		}

		/** A record would print the password. */
		@Override
		public String toString() {
			return "embedded PostgreSQL at " + jdbcUrl;
		}

	}

}
