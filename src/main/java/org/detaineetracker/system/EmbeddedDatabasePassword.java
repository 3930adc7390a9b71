package org.detaineetracker.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The embedded server's superuser password. {@code initdb}, the build's or the embedded library's,
 * lets every connection from this machine in as the superuser with no password ("trust" in
 * {@code pg_hba.conf}), over localhost and through the socket in /tmp: any local account could read
 * or change every record and its history, or run programs as the application's user
 * ({@code COPY … TO PROGRAM}). So the first start of a cluster gives the superuser a random password,
 * kept in the cluster's folder (which only the application's user may open: PostgreSQL insists on
 * it), and from then on the server asks every connection for it.
 * <p>
 * The order makes a stop at any moment safe: the password is on disk before the role has it, and the
 * role has it before the server asks for it, so a start that finds the file but a {@code pg_hba.conf}
 * that still trusts some connection does the rest again with the same password. Rules that trust no
 * connection are left as they are, an operator's own too. A file removed by hand is recovered from:
 * the server is let in without a password for that start, and a new password is set.
 */
final class EmbeddedDatabasePassword {

	/** The file, in the cluster's folder, that keeps the password. */
	static final String FILE = "tracker-password";

	static final String SUPERUSER = "postgres";

	/** Every connection gives the password; replication is not allowed at all. */
	static final String REQUIRED = """
			# Written by Detainee Tracker (system/EmbeddedDatabasePassword): every connection gives the
			# superuser's password, which is in the file tracker-password beside this one.
			local   all   all                  scram-sha-256
			host    all   all   127.0.0.1/32   scram-sha-256
			host    all   all   ::1/128        scram-sha-256
			""";

	/** What initdb writes, for a start that must get in without the password to set a new one. */
	private static final String TRUSTED = """
			# Written by Detainee Tracker for one start: the password file was missing.
			local   all   all                  trust
			host    all   all   127.0.0.1/32   trust
			host    all   all   ::1/128        trust
			""";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabasePassword.class);

	private static final SecureRandom random = new SecureRandom();

	private final Path cluster;

	private final String value;

	private final boolean onFile;

	private final boolean required;

	private EmbeddedDatabasePassword(Path cluster, String value, boolean onFile, boolean required) {
		this.cluster = cluster;
		this.value = value;
		this.onFile = onFile;
		this.required = required;
	}

	/**
	 * The cluster's password, read before its server starts; a new one where it has none. A cluster
	 * that asks for a password it no longer has on file is let in without one for this start.
	 */
	static EmbeddedDatabasePassword of(Path cluster) throws IOException {
		Optional<String> kept = kept(cluster);
		boolean required = isRequired(cluster);
		if (kept.isEmpty() && required) {
			log.warn("The embedded server's password was not in {}, so its superuser gets a new one.",
					cluster.resolve(FILE));
			replace(cluster.resolve("pg_hba.conf"), TRUSTED);
			required = false;
		}
		return new EmbeddedDatabasePassword(cluster, kept.orElseGet(EmbeddedDatabasePassword::generate),
				kept.isPresent(), kept.isPresent() && required);
	}

	/**
	 * Whether the server still running on the cluster (one the embedded library gave up on) refuses
	 * this password: PostgreSQL's {@code invalid_password}. Anything else, a server that is not there
	 * or not ready, is not a refusal.
	 */
	boolean refusedByItsServer() {
		try {
			Optional<Integer> port = EmbeddedDatabaseInUse.port(cluster);
			if (port.isEmpty()) {
				return false;
			}
			Properties login = new Properties();
			login.setProperty("user", SUPERUSER);
			login.setProperty("password", value);
			login.setProperty("connectTimeout", "5");
			try (Connection connection = DriverManager
				.getConnection("jdbc:postgresql://localhost:" + port.get() + "/postgres", login)) {
				return false;
			}
		}
		catch (SQLException failed) {
			return "28P01".equals(failed.getSQLState());
		}
		catch (IOException unreadable) {
			return false;
		}
	}

	/** The password as kept in the cluster's folder, if it is there. */
	static Optional<String> kept(Path cluster) throws IOException {
		Path file = cluster.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(value -> !value.isEmpty());
	}

	/**
	 * Whether the server's rules let no connection in without a password: none of their lines names
	 * {@code trust}. Rules an operator wrote that way are left as they are.
	 */
	private static boolean isRequired(Path cluster) throws IOException {
		Path rules = cluster.resolve("pg_hba.conf");
		return Files.isRegularFile(rules) && Files.readAllLines(rules, StandardCharsets.UTF_8)
			.stream()
			.map(line -> line.replaceFirst("#.*", ""))
			.noneMatch(line -> List.of(line.trim().split("\\s+")).contains("trust"));
	}

	String value() {
		return value;
	}

	/** Whether the server already asks for this password, so that nothing is left to do. */
	boolean required() {
		return required;
	}

	/**
	 * Once the server runs: gives the superuser this password and has the server ask for it from now
	 * on, unless it already does. {@code superuser} connects as the superuser with this password (which
	 * a server that does not yet ask for one ignores).
	 */
	void requireFromNowOn(DataSource superuser) throws IOException {
		if (required) {
			return;
		}
		if (!onFile) {
			replace(cluster.resolve(FILE), value + "\n");
		}
		try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
			// Stored as a SCRAM verifier of one iteration: the iterations slow down guessing a password
			// from a stolen verifier, and 256 random bits cannot be guessed however fast each guess is,
			// while every connection of the pool pays for them on both ends (PBKDF2, 4,096 by default).
			statement.execute("set scram_iterations = 1");
			// A password put in the file by hand may hold quotes (standard_conforming_strings is on).
			statement.execute("alter role " + SUPERUSER + " password '" + value.replace("'", "''") + "'");
			replace(cluster.resolve("pg_hba.conf"), REQUIRED);
			keepStartSettingsOnFile(statement);
			statement.execute("select pg_reload_conf()");
		}
		catch (SQLException failed) {
			throw new IOException("Could not give the embedded server's superuser its password", failed);
		}
	}

	/**
	 * Writes the settings the server took from its command line, and that only a restart changes, into
	 * {@code postgresql.auto.conf} where its files say otherwise. The embedded library starts the server
	 * with {@code max_connections=300}, initdb's {@code postgresql.conf} says 100, and the reload that
	 * makes the server ask for the password then logged that the file "contains errors" and that the
	 * parameter "cannot be changed without restarting the server". The command line still wins at every
	 * start; the files now say what the server runs with.
	 */
	private static void keepStartSettingsOnFile(Statement statement) throws SQLException {
		List<String[]> differing = new ArrayList<>();
		try (ResultSet settings = statement.executeQuery("""
				select s.name, s.setting from pg_settings s
				where s.context = 'postmaster' and s.source = 'command line'
				  and exists (select 1 from pg_file_settings f where f.name = s.name and f.setting <> s.setting)""")) {
			while (settings.next()) {
				differing.add(new String[] { settings.getString(1), settings.getString(2) });
			}
		}
		for (String[] setting : differing) {
			// Names come from pg_settings; the value is quoted as a literal (a bare number is in the
			// setting's own unit, as pg_settings gives it).
			statement.execute("alter system set \"" + setting[0] + "\" = '" + setting[1].replace("'", "''") + "'");
		}
	}

	/**
	 * The server refuses the password on file: the file was changed by hand, or the superuser's
	 * password through SQL. The start stops with what to do rather than a connection error.
	 */
	static final class Refused extends IllegalStateException {

		final transient Path file;

		Refused(Path cluster) {
			super("The embedded PostgreSQL server refuses the password in " + cluster.resolve(FILE));
			this.file = cluster.resolve(FILE);
		}

	}

	/** The start fails with what to do, not a stack trace. Listed in META-INF/spring.factories. */
	static final class RefusedAnalyzer extends AbstractFailureAnalyzer<Refused> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, Refused cause) {
			return new FailureAnalysis(cause.getMessage() + ".",
					"Put back the password the file held, or remove the file and start again: the start then gives "
							+ "the superuser a new password and keeps it in " + cause.file + ".",
					cause);
		}

	}

	private static String generate() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * Writes a file whole or not at all, and durably: beside it first, synced, then renamed over it, and
	 * the rename synced. Readable by its owner alone, as initdb makes every file of the cluster, before
	 * anything is written to it.
	 */
	private static void replace(Path file, String content) throws IOException {
		Path next = file.resolveSibling(file.getFileName() + ".next");
		Files.deleteIfExists(next);
		if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
			Files.createFile(next, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		try (FileChannel channel = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			channel.write(StandardCharsets.UTF_8.encode(content));
			channel.force(true);
		}
		Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		EmbeddedClusterTemplate.force(file.getParent());
	}

}
