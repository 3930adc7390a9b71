package org.detaineetracker.system;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The embedded server's process, as the tests that start, stop and kill it look for it. */
final class Postmasters {

	private Postmasters() {
	}

	/** The postmaster running on a cluster, read as the application reads it ({@link EmbeddedDatabaseInUse}). */
	static long of(Path cluster) throws IOException {
		return EmbeddedDatabaseInUse.postmaster(cluster)
			.orElseThrow(() -> new AssertionError("no postmaster.pid in " + cluster));
	}

	/** Waits up to 30 s for the process to be gone: a stopped server's pid file goes a moment before it does. */
	static void awaitExit(long pid) {
		ProcessHandle.of(pid)
			.ifPresent(process -> process.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(timeout -> null).join());
	}

	static boolean alive(long pid) {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

}
