package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.AbstractDataSource;

/**
 * The embedded server asks every connection for the superuser's password from the first start of
 * its cluster on, on a real PostgreSQL: without it nobody gets in (over localhost here; the rules ask
 * the same of the socket); the password is kept where only the application's user can read it; and a
 * cluster whose password file went missing gets a new one rather than locking the application out.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabasePasswordTest {

	@TempDir
	Path data;

	@Test
	void fromTheFirstStartOnEveryConnectionNeedsThePassword() throws Exception {
		Path cluster = data.resolve("postgresql");
		Files.createDirectories(cluster);
		EmbeddedDatabasePassword first = EmbeddedDatabasePassword.of(cluster);
		assertThat(first.required()).isFalse();
		assertThat(first.value()).as("32 random bytes, base64url").matches("[A-Za-z0-9_-]{43}");
		assertThat(cluster.resolve(EmbeddedDatabasePassword.FILE)).as("initdb wants the folder empty").doesNotExist();

		try (EmbeddedPostgres postgres = started(cluster, first.value())) {
			assertThat(connects(postgres, null)).as("initdb lets anyone in").isTrue();
			first.requireFromNowOn(postgres.getPostgresDatabase());

			assertThat(refusedWithin5s(postgres, null)).as("no password").isTrue();
			assertThat(connects(postgres, "wrong")).isFalse();
			assertThat(connects(postgres, first.value())).isTrue();
			assertThat(column(postgres, "select rolpassword from pg_authid where rolname = 'postgres'"))
				.as("a SCRAM verifier of one iteration, cheap for every connection")
				.singleElement(STRING)
				.startsWith("SCRAM-SHA-256$1:");
			assertThat(column(postgres, "select name || ': ' || error from pg_file_settings where error is not null"))
				.as("the reload found every setting in the files applied, not max_connections \"contains errors\"")
				.isEmpty();
			assertThat(column(postgres, "select setting from pg_settings where name = 'max_connections'"))
				.as("still what the embedded library starts it with")
				.containsExactly("300");
		}
		Path file = cluster.resolve(EmbeddedDatabasePassword.FILE);
		assertThat(Files.readString(file)).isEqualTo(first.value() + "\n");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).isEqualTo(EmbeddedDatabasePassword.REQUIRED)
			.doesNotContain("trust");

		EmbeddedDatabasePassword again = EmbeddedDatabasePassword.of(cluster);
		assertThat(again.value()).isEqualTo(first.value());
		assertThat(again.required()).as("nothing left to do on a later start").isTrue();
		try (EmbeddedPostgres postgres = started(cluster, again.value())) {
			again.requireFromNowOn(postgres.getPostgresDatabase());
			assertThat(connects(postgres, null)).isFalse();
			assertThat(connects(postgres, again.value())).isTrue();
		}
	}

	@Test
	void aMissingPasswordFileGetsANewPasswordAndTheOldOneStopsWorking(CapturedOutput output) throws Exception {
		Path cluster = data.resolve("postgresql");
		EmbeddedDatabasePassword first = firstStart(cluster);
		Files.delete(cluster.resolve(EmbeddedDatabasePassword.FILE));

		EmbeddedDatabasePassword next = EmbeddedDatabasePassword.of(cluster);
		assertThat(output.getOut()).contains("The embedded server's password was not in "
				+ cluster.resolve(EmbeddedDatabasePassword.FILE) + ", so its superuser gets a new one.");
		assertThat(next.required()).isFalse();
		assertThat(next.value()).isNotEqualTo(first.value());
		try (EmbeddedPostgres postgres = started(cluster, next.value())) {
			next.requireFromNowOn(postgres.getPostgresDatabase());
			assertThat(refusedWithin5s(postgres, null)).isTrue();
			assertThat(connects(postgres, first.value())).as("the old password").isFalse();
			assertThat(connects(postgres, next.value())).isTrue();
		}
		assertThat(EmbeddedDatabasePassword.kept(cluster)).contains(next.value());
	}

	/** A stop after the password was written but before the server asked for it: the next start finishes. */
	@Test
	void aStartCutShortIsFinishedWithTheSamePassword() throws Exception {
		Path cluster = data.resolve("postgresql");
		EmbeddedDatabasePassword first = firstStart(cluster);
		// As if the start had stopped before rewriting pg_hba.conf: the server lets anyone in again.
		Files.writeString(cluster.resolve("pg_hba.conf"), "host all all 127.0.0.1/32 trust\nlocal all all trust\n");

		EmbeddedDatabasePassword again = EmbeddedDatabasePassword.of(cluster);
		assertThat(again.value()).isEqualTo(first.value());
		assertThat(again.required()).isFalse();
		try (EmbeddedPostgres postgres = started(cluster, again.value())) {
			again.requireFromNowOn(postgres.getPostgresDatabase());
			assertThat(refusedWithin5s(postgres, null)).isTrue();
			assertThat(connects(postgres, first.value())).isTrue();
		}
	}

	/** An operator may write rules of their own; the start rewrites them only where they trust someone. */
	@Test
	void rulesThatTrustNobodyAreLeftAsTheyAre() throws Exception {
		Path cluster = data.resolve("postgresql");
		EmbeddedDatabasePassword first = firstStart(cluster);
		String own = "# mine; trust nobody\nhost all postgres 127.0.0.1/32 scram-sha-256 # not trust\n";
		Files.writeString(cluster.resolve("pg_hba.conf"), own);

		EmbeddedDatabasePassword again = EmbeddedDatabasePassword.of(cluster);
		assertThat(again.required()).isTrue();
		try (EmbeddedPostgres postgres = started(cluster, again.value())) {
			again.requireFromNowOn(postgres.getPostgresDatabase());
			assertThat(connects(postgres, null)).isFalse();
			assertThat(connects(postgres, first.value())).isTrue();
		}
		assertThat(Files.readString(cluster.resolve("pg_hba.conf"))).isEqualTo(own);
	}

	@Test
	void aFailedConnectionSaysSoAndLeavesThePasswordFileForTheNextStart() throws Exception {
		Path cluster = data.resolve("postgresql");
		Files.createDirectories(cluster);
		EmbeddedDatabasePassword password = EmbeddedDatabasePassword.of(cluster);
		assertThatThrownBy(() -> password.requireFromNowOn(new AbstractDataSource() {

			@Override
			public Connection getConnection() throws SQLException {
				throw new SQLException("connection refused");
			}

			@Override
			public Connection getConnection(String username, String password) throws SQLException {
				throw new SQLException("connection refused");
			}

		})).hasMessage("Could not give the embedded server's superuser its password").hasRootCauseMessage("connection refused");
		assertThat(EmbeddedDatabasePassword.kept(cluster)).as("written before the role gets it").contains(password.value());
	}

	/** A cluster made and given its password by a first start, as the application does; that password. */
	private static EmbeddedDatabasePassword firstStart(Path cluster) throws Exception {
		Files.createDirectories(cluster);
		EmbeddedDatabasePassword first = EmbeddedDatabasePassword.of(cluster);
		try (EmbeddedPostgres postgres = started(cluster, first.value())) {
			first.requireFromNowOn(postgres.getPostgresDatabase());
		}
		return first;
	}

	private static EmbeddedPostgres started(Path cluster, String password) throws Exception {
		return EmbeddedPostgresAutoConfiguration.durable(cluster, 0).setConnectConfig("password", password).start();
	}

	/** The first column of every row a query returns, read as the superuser. */
	private static List<String> column(EmbeddedPostgres postgres, String query) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				ResultSet rows = connection.createStatement().executeQuery(query)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

	private static boolean connects(EmbeddedPostgres postgres, String password) {
		Properties properties = new Properties();
		properties.setProperty("user", EmbeddedDatabasePassword.SUPERUSER);
		if (password != null) {
			properties.setProperty("password", password);
		}
		try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"),
				properties)) {
			return connection.isValid(1);
		}
		catch (SQLException refused) {
			return false;
		}
	}

	/** The server reads its new rules when signalled, a moment after the call returns. */
	private static boolean refusedWithin5s(EmbeddedPostgres postgres, String password) throws InterruptedException {
		for (int attempt = 0; attempt < 50; attempt++) {
			if (!connects(postgres, password)) {
				return true;
			}
			Thread.sleep(100);
		}
		return false;
	}

}
