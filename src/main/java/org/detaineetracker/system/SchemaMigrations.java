package org.detaineetracker.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the schema up to date with the migrations in {@code db/migration}, through Flyway, unless the
 * database already records that it is: a start whose migrations have the digest the last migrating
 * start wrote ({@code migrations_digest}, V124) skips Flyway altogether. Loading and configuring
 * Flyway to find nothing to do took about a quarter of a second of every start (bench/README.md,
 * "Flyway only when a migration is new"). Any other digest, or none, runs Flyway as before, which
 * applies what is new, refuses a changed or unknown migration, and then the digest is written.
 * <p>
 * Boot's own Flyway set-up is left out ({@code TrackerApplication}); this bean takes its place among
 * the database initializers, so whatever waits for the schema waits for it ({@link Detector}).
 */
@Component
final class SchemaMigrations implements InitializingBean {

	static final String LOCATION = "db/migration";

	private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

	private final DataSource dataSource;

	SchemaMigrations(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterPropertiesSet() throws SQLException {
		String digest = digest(SchemaMigrations.class.getClassLoader());
		if (recorded(dataSource).filter(digest::equals).isPresent()) {
			log.info("Schema: the migrations ({}) are those last applied, as the database records; Flyway not run.",
					digest);
			return;
		}
		migrate(dataSource, digest);
	}

	/** Applies the migrations not yet applied, through Flyway, then records their digest. */
	static void migrate(DataSource dataSource, String digest) throws SQLException {
		Flyway.configure().dataSource(dataSource).locations("classpath:" + LOCATION).load().migrate();
		record(dataSource, digest);
	}

	/** The digest the last migrating start recorded, if any; none before V124 has been applied. */
	static Optional<String> recorded(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement select = connection.createStatement();
				ResultSet row = select.executeQuery("select digest from migrations_digest")) {
			return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
		}
		catch (SQLException failed) {
			if ("42P01".equals(failed.getSQLState())) { // undefined_table: V124 not yet applied
				return Optional.empty();
			}
			throw failed;
		}
	}

	private static void record(DataSource dataSource, String digest) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement upsert = connection.prepareStatement("""
						insert into migrations_digest (digest) values (?)
						on conflict (only_row) do update set digest = excluded.digest, recorded_at = now()""")) {
			upsert.setString(1, digest);
			upsert.executeUpdate();
		}
	}

	/**
	 * A digest of the migrations' names and contents, as Flyway finds them on the class path: every
	 * file under the location, in sub-folders too, named by its path there.
	 */
	static String digest(ClassLoader classLoader) {
		try {
			List<Resource> migrations = Stream
				.of(new PathMatchingResourcePatternResolver(classLoader).getResources("classpath*:" + LOCATION + "/**/*"))
				.filter(Resource::isReadable)
				.sorted(Comparator.comparing(SchemaMigrations::pathInLocation))
				.toList();
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
			for (Resource migration : migrations) {
				sha256.update((pathInLocation(migration) + "\0").getBytes(StandardCharsets.UTF_8));
				try (InputStream in = migration.getInputStream()) {
					sha256.update(in.readAllBytes());
				}
			}
			return migrations.size() + " files, sha256 " + HexFormat.of().formatHex(sha256.digest());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String pathInLocation(Resource migration) {
		try {
			String url = migration.getURL().toString();
			return url.substring(url.lastIndexOf(LOCATION + "/") + LOCATION.length() + 1);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Tells Boot that this bean initializes the database, as its own Flyway bean did, so that what
	 * depends on database initialization (the repositories, {@code JdbcClient}) is made after it.
	 * Listed in META-INF/spring.factories.
	 */
	static final class Detector extends AbstractBeansOfTypeDatabaseInitializerDetector {

		@Override
		protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
			return Set.of(SchemaMigrations.class);
		}

		/**
		 * After the entity manager factory, as Boot orders its Flyway: with deferred initialization
		 * Boot makes every other initializer wait for that factory, which Hibernate then builds on a
		 * thread of its own while the migrations run.
		 */
		@Override
		public int getOrder() {
			return 1;
		}

	}

}
