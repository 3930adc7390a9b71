package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A stop that comes while the application is still starting interrupts the starting thread, which then
 * destroys what it made, the embedded server included, and may be interrupted again while it does. The
 * server is stopped all the same, and waited for, since nothing else stops it.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedPostgresStopIT {

	@Test
	void anInterruptedThreadStillStopsTheServerAndWaitsForIt(CapturedOutput output) throws Exception {
		Path data = Files.createTempDirectory("tracker-stop");
		EmbeddedPostgresStart start = new EmbeddedPostgresStart(new EmbeddedDatabaseProperties(data, 0));
		start.server();
		Path pid = data.resolve("postgresql/postmaster.pid");
		long postmaster = Postmasters.of(data.resolve("postgresql"));

		// As a stop during the start does: the closing thread interrupts a starting thread it finds waiting.
		Thread destroying = Thread.currentThread();
		AtomicBoolean destroyed = new AtomicBoolean();
		Thread interrupter = new Thread(() -> {
			while (!destroyed.get()) {
				destroying.interrupt();
				Thread.onSpinWait();
			}
		}, "interrupter");
		interrupter.start();
		boolean stoppedOnReturn;
		try {
			start.destroy();
			stoppedOnReturn = Files.notExists(pid);
		}
		finally {
			destroyed.set(true);
			while (interrupter.isAlive()) {
				Thread.onSpinWait();
			}
			assertThat(Thread.interrupted()).as("the interrupt is kept for whoever made it").isTrue();
		}

		assertThat(stoppedOnReturn).as("the server's pid file gone once destroy returns").isTrue();
		assertThat(output.getOut()).doesNotContain("Could not stop postmaster");
		Postmasters.awaitExit(postmaster);
		assertThat(Postmasters.alive(postmaster)).as("the postmaster").isFalse();
	}

}
