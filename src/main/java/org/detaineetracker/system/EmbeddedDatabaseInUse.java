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
		OptionalLong pid = postmaster(cluster);
		if (pid.isEmpty()) {
			return;
		}
		Optional<String> command = ProcessHandle.of(pid.getAsLong())
			.filter(ProcessHandle::isAlive)
			.flatMap(p -> p.info().command());
		if (command.filter(c -> c.endsWith("postgres")).isPresent()) {
			throw new EmbeddedDatabaseInUse(cluster, pid.getAsLong());
		}
	}

	/** The process {@code postmaster.pid} names, if the cluster has one: the server running on it, or a stale file. */
	static OptionalLong postmaster(Path cluster) throws IOException {
		Path lock = cluster.resolve("postmaster.pid");
		if (!Files.isRegularFile(lock)) {
			return OptionalLong.empty();
		}
		List<String> lines = Files.readAllLines(lock);
		if (lines.isEmpty() || !lines.get(0).strip().matches("\\d{1,10}")) {
			return OptionalLong.empty();
		}
		return OptionalLong.of(Long.parseLong(lines.get(0).strip()));
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
