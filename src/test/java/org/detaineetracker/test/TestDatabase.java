package org.detaineetracker.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests use, chosen once per JVM as DESIGN.md says: Docker available →
 * a Testcontainers PostgreSQL; else {@code TEST_PG_URL} set → a throwaway database on that server,
 * dropped when the JVM ends; else an embedded server in a temporary folder.
 */
public final class TestDatabase {

	public enum Mode {
		DOCKER, EXTERNAL, EMBEDDED
	}

	/** Coordinates of one database. */
	public record Coordinates(String jdbcUrl, String username, String password) {
	}

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	public static final Mode MODE = chooseMode();

	private static PostgreSQLContainer container;

	private static EmbeddedPostgres embedded;

	private static Coordinates database;

	private TestDatabase() {
	}

	private static Mode chooseMode() {
		Mode mode;
		if (DockerClientFactory.instance().isDockerAvailable()) {
			mode = Mode.DOCKER;
		}
		else if (externalUrl() != null) {
			mode = Mode.EXTERNAL;
		}
		else {
			mode = Mode.EMBEDDED;
		}
		log.info("Tests use PostgreSQL from {}", switch (mode) {
			case DOCKER -> "Testcontainers (Docker is available)";
			case EXTERNAL -> "TEST_PG_URL, in a throwaway database";
			case EMBEDDED -> "an embedded server (no Docker, no TEST_PG_URL)";
		});
		return mode;
	}

	/** The Testcontainers PostgreSQL, one per JVM, shared by every test context. */
	public static synchronized PostgreSQLContainer container() {
		if (container == null) {
			container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
		}
		return container;
	}

	/** The database the application under test uses. */
	public static synchronized Coordinates database() {
		if (database == null) {
			database = switch (MODE) {
				case DOCKER -> new Coordinates(container().getJdbcUrl(), container().getUsername(),
						container().getPassword());
				case EXTERNAL -> createThrowaway(server(), "tracker_test");
				case EMBEDDED -> new Coordinates(embedded().getJdbcUrl("postgres", "postgres"), "postgres", null);
			};
		}
		return database;
	}

	/** A new empty database on the test server; dropped when the JVM ends. */
	public static Coordinates createEmptyDatabase(String prefix) {
		return createThrowaway(server(), prefix);
	}

	/** A connection to the server's maintenance database, able to create and drop databases. */
	static Coordinates server() {
		return switch (MODE) {
			case DOCKER -> new Coordinates(container().getJdbcUrl(), container().getUsername(), container().getPassword());
			case EXTERNAL -> {
				String url = externalUrl();
				yield new Coordinates(url, System.getenv("TEST_PG_USERNAME"), System.getenv("TEST_PG_PASSWORD"));
			}
			case EMBEDDED -> new Coordinates(embedded().getJdbcUrl("postgres", "postgres"), "postgres", null);
		};
	}

	private static synchronized EmbeddedPostgres embedded() {
		if (embedded == null) {
			try {
				embedded = EmbeddedPostgres.builder().start();
			}
			catch (IOException e) {
				throw new UncheckedIOException("could not start the embedded PostgreSQL for tests", e);
			}
		}
		return embedded;
	}

	private static String externalUrl() {
		String url = System.getenv("TEST_PG_URL");
		return url == null || url.isBlank() ? null : url.strip();
	}

	private static Coordinates createThrowaway(Coordinates server, String prefix) {
		String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
		execute(server, "create database " + name);
		Runtime.getRuntime()
			.addShutdownHook(new Thread(() -> execute(server, "drop database if exists " + name + " with (force)")));
		return new Coordinates(withDatabase(server.jdbcUrl(), name), server.username(), server.password());
	}

	/** The same JDBC URL pointing at another database on the same server, query parameters kept. */
	static String withDatabase(String jdbcUrl, String database) {
		URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
		String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
		return "jdbc:postgresql://" + uri.getRawAuthority() + "/" + database + query;
	}

	private static void execute(Coordinates server, String sql) {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException e) {
			throw new IllegalStateException("could not run '" + sql + "' on the test server: " + e.getMessage(), e);
		}
	}

}
