package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a live PostgreSQL process holds a cluster; a stale or foreign lock file is PostgreSQL's to judge. */
class EmbeddedDatabaseInUseTest {

	@TempDir
	Path cluster;

	@Test
	void noLockFileOrAStaleOneOrAnotherProgramsPidIsNoReasonToRefuse() throws Exception {
		assertThatCode(() -> EmbeddedDatabaseInUse.refuseIfRunning(cluster)).doesNotThrowAnyException();

		Process ended = new ProcessBuilder("true").start();
		ended.waitFor();
		Files.writeString(cluster.resolve("postmaster.pid"), ended.pid() + "\n" + cluster + "\n");
		assertThatCode(() -> EmbeddedDatabaseInUse.refuseIfRunning(cluster)).doesNotThrowAnyException();

		Files.writeString(cluster.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n");
		assertThatCode(() -> EmbeddedDatabaseInUse.refuseIfRunning(cluster)).as("a live process, but not PostgreSQL")
			.doesNotThrowAnyException();

		Files.writeString(cluster.resolve("postmaster.pid"), "not a pid\n");
		assertThatCode(() -> EmbeddedDatabaseInUse.refuseIfRunning(cluster)).doesNotThrowAnyException();
	}

}
