package org.detaineetracker.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The embedded cluster's directory is held by a PostgreSQL server that is still running: another
 * instance of the application, or a server left behind by a process that ended without closing its
 * context. PostgreSQL would refuse to start on it and the start would end in a connection error
 * that points at SPRING_DATASOURCE_URL; this says what is going on instead.
 */
class EmbeddedDatabaseInUse extends IllegalStateException {

	final transient Path cluster;

	final long pid;

	EmbeddedDatabaseInUse(Path cluster, long pid) {
		super("The embedded PostgreSQL data directory " + cluster + " is in use by a running server (process " + pid + ")");
		this.cluster = cluster;
		this.pid = pid;
	}

	/** Refuses a cluster whose {@code postmaster.pid} names a live PostgreSQL process; a stale file is PostgreSQL's to clear. */
	static void refuseIfRunning(Path cluster) throws IOException {
		Optional<ProcessHandle> server = runningServer(cluster);
		if (server.isPresent()) {
			throw new EmbeddedDatabaseInUse(cluster, server.get().pid());
		}
	}

	/** The PostgreSQL server running on the cluster, if {@code postmaster.pid} names a live one. */
	static Optional<ProcessHandle> runningServer(Path cluster) throws IOException {
		OptionalLong pid = postmaster(cluster);
		if (pid.isEmpty()) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid.getAsLong())
			.filter(ProcessHandle::isAlive)
			.filter(process -> process.info().command().filter(command -> command.endsWith("postgres")).isPresent());
	}

	/** The process {@code postmaster.pid} names, if the cluster has one: the server running on it, or a stale file. */
	static OptionalLong postmaster(Path cluster) throws IOException {
		return lockLine(cluster, 0, 10).map(pid -> OptionalLong.of(Long.parseLong(pid))).orElse(OptionalLong.empty());
	}

	/** The port {@code postmaster.pid} names (its fourth line), if the cluster has one. */
	static Optional<Integer> port(Path cluster) throws IOException {
		return lockLine(cluster, 3, 5).map(Integer::valueOf);
	}

	/** A line of {@code postmaster.pid} that is a number of at most so many digits. */
	private static Optional<String> lockLine(Path cluster, int index, int digits) throws IOException {
		Path lock = cluster.resolve("postmaster.pid");
		if (!Files.isRegularFile(lock)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(lock);
		return lines.size() <= index ? Optional.empty()
				: Optional.of(lines.get(index).strip()).filter(line -> line.matches("\\d{1," + digits + "}"));
	}

	/** The start fails with what to do, not a stack trace. */
	static class Analyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseInUse> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseInUse cause) {
			return new FailureAnalysis(cause.getMessage() + ".",
					"If another instance of the application uses " + cause.cluster + ", stop it or give this one its own "
							+ "TRACKER_DATA_DIR. If none does, the server was left by a run that ended without stopping it: "
							+ "stop that server (kill " + cause.pid + ", which shuts it down cleanly) and start again.",
					cause);
		}

	}

}
